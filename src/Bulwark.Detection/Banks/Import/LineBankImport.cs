using Bulwark.Detection.Signals;

namespace Bulwark.Detection.Banks.Import;

/// <summary>
/// The part every line-per-entry format shares: read capped lines, skip blanks and <c>#</c> comments, treat a
/// leading <c>-</c> as a deletion, report bad lines by number and keep going. A format only parses one entry.
/// </summary>
internal static class LineBankImport
{
    /// <summary>Parses one entry (comment, blank and deletion marker already removed); false with an error to report.</summary>
    public delegate bool EntryParser(ReadOnlySpan<char> text, out Signal? signal, out string? label, out string? error);

    public static async Task<BankImportSummary> RunAsync(TextReader reader, Bank bank, BankImportOptions options, EntryParser parse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(bank);
        var lines = new LineReader(reader, options.MaxLineLength);
        var tally = new ImportTally(bank, options.MaxReportedErrors);
        while (await lines.ReadAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Text is null)
            {
                tally.Error(line.Number, lines.TooLongReason);
                continue;
            }

            Apply(line.Number, line.Text.AsSpan().Trim(), tally, options, parse);
        }

        return tally.ToSummary();
    }

    private static void Apply(long number, ReadOnlySpan<char> text, ImportTally tally, BankImportOptions options, EntryParser parse)
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

        if (!parse(text, out var signal, out var label, out var error))
        {
            tally.Error(number, error ?? "Malformed line.");
            return;
        }

        if (delete)
        {
            tally.Delete(signal!);
        }
        else
        {
            tally.Upsert(signal!, label, null, options.Source);
        }
    }
}
