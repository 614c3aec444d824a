namespace Bulwark.Detection.Policy;

/// <summary>
/// A minimal YAML tree that keeps what the validator needs and YamlDotNet's representation model drops or
/// rejects early: every key of a mapping in order, duplicates included, and the line of every node.
/// </summary>
internal abstract class YamlNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>The key this node is the value of, if any: where an error about the node as a whole (a missing field) is best shown.</summary>
    public YamlScalar? Key { get; set; }

    public abstract string Describe();
}

internal sealed class YamlScalar(string value, bool isPlain, int line, int column) : YamlNode(line, column)
{
    public string Value { get; } = value;

    /// <summary>Unquoted; only plain scalars can be null, booleans or numbers.</summary>
    public bool IsPlain { get; } = isPlain;

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "null" : $"'{Value}'";
}

internal sealed class YamlSequence(IReadOnlyList<YamlNode> items, int line, int column) : YamlNode(line, column)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override string Describe() => "a list";
}

internal sealed class YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries, int line, int column) : YamlNode(line, column)
{
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = entries;

    public override string Describe() => "a mapping";
}
