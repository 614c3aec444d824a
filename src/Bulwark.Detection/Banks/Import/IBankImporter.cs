namespace Bulwark.Detection.Banks.Import;

/// <summary>Reads a hash list in one format and applies it to a bank line by line.</summary>
public interface IBankImporter
{
    /// <summary>
    /// Reads <paramref name="reader"/> to the end, applying each good line to <paramref name="bank"/> as it is read
    /// and reporting each bad one in the summary. Changes already applied stay applied if the import is cancelled
    /// or the reader fails. The reader is not disposed.
    /// </summary>
    Task<BankImportSummary> ImportAsync(TextReader reader, Bank bank, CancellationToken cancellationToken = default);
}
