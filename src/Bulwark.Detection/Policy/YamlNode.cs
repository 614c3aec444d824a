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
