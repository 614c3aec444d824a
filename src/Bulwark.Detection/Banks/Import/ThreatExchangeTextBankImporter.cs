using Bulwark.Detection.Signals;

namespace Bulwark.Detection.Banks.Import;

/// <summary>
/// Imports the typed text form used by python-threatexchange's CLI: one <c>signal_type signal_str</c> pair per line,
/// as printed by <c>threatexchange dataset -P -S</c> when several signal types are shown.
/// </summary>
/// <remarks>
/// <para>Grammar, per line (tokens separated by spaces or tabs; surrounding whitespace ignored):</para>
/// <code>
/// line    = blank | comment | entry | delete
/// comment = "#" anything                       ; ignored
/// entry   = type ws value [ ws label ]         ; add, or replace the label of an existing entry
/// delete  = "-" [ ws ] type ws value [ ws anything ]
/// </code>
/// <para><c>type</c> is any name <see cref="SignalType.Parse"/> accepts (<c>pdq</c>, <c>md5</c>, <c>video_md5</c>,
/// <c>sha256</c>, <c>video_sha256</c>, …), case-insensitive; other python-threatexchange types (<c>url</c>,
/// <c>raw_text</c>, <c>tlsh</c>…) are reported as errors. The label is the rest of the line, trimmed.
/// The per-collaboration form <c>threatexchange dataset -P</c> prints without <c>-S</c> (a quoted collaboration
/// name first) is not accepted; use its <c>--csv</c> output with <see cref="CsvBankImporter"/> instead.</para>
/// </remarks>
public sealed class ThreatExchangeTextBankImporter : IBankImporter
{
    private readonly BankImportOptions _options;

    /// <summary>Creates an importer; <see cref="BankImportOptions.SignalType"/> is ignored because every line names its type.</summary>
    public ThreatExchangeTextBankImporter(BankImportOptions? options = null)
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
            text = text[1..].TrimStart();
        }

        var typeName = NextToken(ref text);
        var value = NextToken(ref text);
        if (value.IsEmpty)
        {
            tally.Error(number, "Expected '<signal type> <value>', found only one field.");
            return;
        }

        if (!SignalType.TryParse(typeName, out var type))
        {
            tally.Error(number, $"Unsupported signal type '{typeName}'; supported: pdq, md5, sha256.");
            return;
        }

        if (!Signal.TryParse(type, value, out var signal, out var error))
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
            tally.Upsert(signal, text.ToString(), null, _options.Source);
        }
    }

    private static ReadOnlySpan<char> NextToken(ref ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAny(' ', '\t');
        var token = end < 0 ? text : text[..end];
        text = end < 0 ? [] : text[end..].Trim();
        return token;
    }
}
