namespace Bulwark.Detection.Policy;

internal sealed class YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries, int line, int column) : YamlNode(line, column)
{
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = entries;

    public override string Describe() => "a mapping";
}
