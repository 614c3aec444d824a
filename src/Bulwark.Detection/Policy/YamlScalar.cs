namespace Bulwark.Detection.Policy;

internal sealed class YamlScalar(string value, bool isPlain, int line, int column) : YamlNode(line, column)
{
    public string Value { get; } = value;

    /// <summary>Unquoted; only plain scalars can be null, booleans or numbers.</summary>
    public bool IsPlain { get; } = isPlain;

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "null" : $"'{Value}'";
}
