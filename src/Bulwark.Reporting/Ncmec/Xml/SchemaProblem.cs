namespace Bulwark.Reporting.Ncmec.Xml;

/// <summary>
/// One reason a document does not satisfy NCMEC's schema, at a line and column (1-based). <see cref="IsMalformed"/>
/// is true when the text is not even well-formed XML (NCMEC answers 4110 rather than 4100).
/// </summary>
public sealed record SchemaProblem(int Line, int Column, string Message, bool IsMalformed)
{
    public override string ToString() => $"line {Line}, column {Column}: {Message}";
}
