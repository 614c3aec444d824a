using Bulwark.Detection.Signals;

namespace Bulwark.Detection.Banks.Import;

/// <summary>
/// Imports the plain text form: one hash per line, optionally followed by a comma and a label.
/// </summary>
/// <remarks>
/// <para>Grammar, per line (surrounding whitespace is ignored everywhere):</para>
/// <code>
/// line    = blank | comment | entry | delete
/// comment = "#" anything                  ; ignored
/// entry   = hex [ "," label ]             ; add, or replace the label of an existing entry
/// delete  = "-" hex [ "," anything ]      ; remove the entry; anything after the comma is ignored
/// </code>
/// <para>The label is everything after the first comma, trimmed; an empty label means none. The signal type is
/// <see cref="BankImportOptions.SignalType"/>, or inferred from the length (32 → md5, 64 →
/// <see cref="BankImportOptions.SixtyFourHexDigitsAs"/>, pdq unless set). Bad lines are reported with their numbers
/// and the rest are still imported. <see cref="PlainTextBankWriter"/> writes this form.</para>
/// </remarks>
public sealed class PlainTextBankImporter : IBankImporter
{
    private readonly BankImportOptions _options;

    /// <summary>Creates an importer; <paramref name="options"/> defaults to <see cref="BankImportOptions"/>' defaults.</summary>
    public PlainTextBankImporter(BankImportOptions? options = null)
    {
        _options = options ?? new BankImportOptions();
        _options.Validate();
    }

    /// <inheritdoc />
    public Task<BankImportSummary> ImportAsync(TextReader reader, Bank bank, CancellationToken cancellationToken = default) =>
        LineBankImport.RunAsync(reader, bank, _options, ParseEntry, cancellationToken);

    private bool ParseEntry(ReadOnlySpan<char> text, out Signal? signal, out string? label, out string? error)
    {
        var comma = text.IndexOf(',');
        var hex = (comma < 0 ? text : text[..comma]).Trim();
        label = comma < 0 ? null : text[(comma + 1)..].Trim().ToString();
        signal = null;
        if (!_options.TryResolveType(hex, out var type, out error) || !Signal.TryParse(type, hex, out var parsed, out error))
        {
            return false;
        }

        signal = parsed;
        return true;
    }
}
