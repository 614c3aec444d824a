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
    public async Task<BankImportSummary> ImportAsync(TextReader reader, Bank bank, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(bank);
        var lines = new LineReader(reader, _options.MaxLineLength);
        var tally = new ImportTally(bank, _options.MaxReportedErrors);
        while (await lines.ReadAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Text is null)
            {
                tally.Error(line.Number, lines.TooLongReason);
                continue;
            }

            ApplyLine(line.Number, line.Text.AsSpan().Trim(), tally);
        }

        return tally.ToSummary();
    }

    private void ApplyLine(long number, ReadOnlySpan<char> text, ImportTally tally)
    {
        if (text.IsEmpty || text[0] == '#')
        {
            return;
        }

        var delete = text[0] == '-';
        if (delete)
        {
            text = text[1..];
        }

        var comma = text.IndexOf(',');
        var hex = (comma < 0 ? text : text[..comma]).Trim();
        var label = comma < 0 ? null : text[(comma + 1)..].Trim().ToString();

        if (!_options.TryResolveType(hex, out var type, out var error)
            || !Signal.TryParse(type, hex, out var signal, out error))
        {
            tally.Error(number, error);
            return;
        }

        if (delete)
        {
            tally.Delete(signal);
        }
        else
        {
            tally.Upsert(signal, label, null, _options.Source);
        }
    }
}
