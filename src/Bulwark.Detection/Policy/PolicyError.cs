namespace Bulwark.Detection.Policy;

/// <summary>One problem found while loading a policy, located in the YAML.</summary>
/// <param name="Path">The dotted path of the offending field, e.g. <c>categories.grooming.thresholds.block</c>; empty for the document.</param>
/// <param name="Line">1-based line in the file; 0 when unknown.</param>
/// <param name="Column">1-based column in the file; 0 when unknown.</param>
/// <param name="Message">What is wrong and, where it helps, what is allowed.</param>
public sealed record PolicyError(string Path, int Line, int Column, string Message)
{
    /// <summary><c>path (line L, column C): message</c>.</summary>
    public override string ToString() =>
        $"{(Path.Length == 0 ? "(document)" : Path)} (line {Line}, column {Column}): {Message}";
}
