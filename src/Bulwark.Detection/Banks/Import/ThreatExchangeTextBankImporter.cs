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
    public Task<BankImportSummary> ImportAsync(TextReader reader, Bank bank, CancellationToken cancellationToken = default) =>
        LineBankImport.RunAsync(reader, bank, _options, ParseEntry, cancellationToken);

    private static bool ParseEntry(ReadOnlySpan<char> text, out Signal? signal, out string? label, out string? error)
    {
        signal = null;
        label = null;
        var typeName = NextToken(ref text);
        var value = NextToken(ref text);
        if (value.IsEmpty)
        {
            error = "Expected '<signal type> <value>', found only one field.";
            return false;
        }

        if (!SignalType.TryParse(typeName, out var type))
        {
            error = $"Unsupported signal type '{typeName}'; supported: pdq, md5, sha256.";
            return false;
        }

        if (!Signal.TryParse(type, value, out var parsed, out error))
        {
            return false;
        }

        signal = parsed;
        label = text.ToString();
        return true;
    }

    private static ReadOnlySpan<char> NextToken(ref ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAny(' ', '\t');
        var token = end < 0 ? text : text[..end];
        text = end < 0 ? [] : text[end..].Trim();
        return token;
    }
}
