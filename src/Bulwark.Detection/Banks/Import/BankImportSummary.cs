namespace Bulwark.Detection.Banks.Import;

/// <summary>What an import did to a bank.</summary>
/// <remarks>
/// Comment and blank lines are not counted. <see cref="Skipped"/> counts valid lines that changed nothing: a signal
/// already present with the same label, metadata and source, or a deletion of a signal the bank does not hold.
/// </remarks>
/// <param name="Added">Entries created.</param>
/// <param name="Updated">Entries whose label, metadata or source were replaced.</param>
/// <param name="Deleted">Entries removed.</param>
/// <param name="Skipped">Valid lines that changed nothing.</param>
/// <param name="ErrorCount">Lines rejected, including those beyond <see cref="Errors"/>.</param>
/// <param name="Errors">The first rejected lines (up to <see cref="BankImportOptions.MaxReportedErrors"/>), in line order.</param>
public sealed record BankImportSummary(int Added, int Updated, int Deleted, int Skipped, int ErrorCount, IReadOnlyList<BankImportError> Errors)
{
    /// <summary>Whether every non-comment line was used.</summary>
    public bool Succeeded => ErrorCount == 0;
}
