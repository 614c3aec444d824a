namespace Bulwark.Detection.Banks.Import;

/// <summary>A line an import could not use, and why; the import went on with the next line.</summary>
/// <param name="LineNumber">1-based physical line number; for a CSV record spanning lines, the line it starts on.</param>
/// <param name="Reason">What was wrong, in a sentence fit to show the person who supplied the file.</param>
public sealed record BankImportError(long LineNumber, string Reason)
{
    /// <summary><c>line N: reason</c>.</summary>
    public override string ToString() => $"line {LineNumber}: {Reason}";
}
