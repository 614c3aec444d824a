using Bulwark.Detection.Banks;
using Bulwark.Detection.Banks.Import;

namespace Bulwark.Cli.Matching;

/// <summary>
/// Loads bank files named on the command line. A bank with malformed lines is refused as a whole: matching
/// against part of a list would silently miss what the rest holds, so the caller must fix the file first.
/// </summary>
internal static class BankFiles
{
    /// <summary>The formats a bank file may be in; "auto" picks CSV for a .csv file and plain text otherwise.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["auto", "text", "csv", "threatexchange"];

    public static async Task<IReadOnlyList<Bank>?> LoadAsync(IEnumerable<FileInfo> files, string format, CommandOutput output, CancellationToken cancellationToken)
    {
        var banks = new List<Bank>();
        var failed = false;
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file.Name);
            if (banks.Any(bank => bank.Name == name))
            {
                output.ReportFileError(file.FullName, $"another bank file is also named '{name}'; bank names come from file names and must differ");
                failed = true;
                continue;
            }

            if (!file.Exists)
            {
                output.ReportFileError(file.FullName, "no such bank file");
                failed = true;
                continue;
            }

            var bank = new Bank(name);
            var options = new BankImportOptions { Source = file.Name };
            IBankImporter importer = (format == "auto" && file.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) ? "csv" : format) switch
            {
                "csv" => new CsvBankImporter(options),
                "threatexchange" => new ThreatExchangeTextBankImporter(options),
                _ => new PlainTextBankImporter(options),
            };
            using var reader = file.OpenText();
            var summary = await importer.ImportAsync(reader, bank, cancellationToken).ConfigureAwait(false);
            if (!summary.Succeeded)
            {
                foreach (var error in summary.Errors)
                {
                    output.ReportFileError(file.FullName, error.ToString());
                }

                output.ReportFileError(file.FullName, $"{summary.ErrorCount} malformed line(s); refusing to match against a partial bank");
                failed = true;
                continue;
            }

            banks.Add(bank);
        }

        return failed ? null : banks;
    }
}
