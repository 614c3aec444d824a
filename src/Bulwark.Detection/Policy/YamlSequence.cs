namespace Bulwark.Detection.Policy;

internal sealed class YamlSequence(IReadOnlyList<YamlNode> items, int line, int column) : YamlNode(line, column)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override string Describe() => "a list";
}
