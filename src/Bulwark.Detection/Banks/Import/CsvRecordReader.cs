using System.Text;

namespace Bulwark.Detection.Banks.Import;

/// <summary>
/// Splits RFC 4180 CSV into records, one bad record at a time. A quoted field may span lines; when its closing
/// quote never comes (end of input, an over-long line, or the record outgrowing the cap) only the record's first
/// line is rejected and the lines after it are read again as records of their own, so an unterminated quote costs
/// one line rather than the rest of the file.
/// </summary>
internal sealed class CsvRecordReader(LineReader lines, int maxRecordLength)
{
    private readonly LinkedList<PhysicalLine> _replay = new();

    public async ValueTask<CsvRecord?> ReadAsync(CancellationToken cancellationToken)
    {
        if (await NextLineAsync(cancellationToken).ConfigureAwait(false) is not { } first)
        {
            return null;
        }

        if (first.Text is null)
        {
            return new CsvRecord(first.Number, null, lines.TooLongReason);
        }

        var open = EndsInsideQuotes(first.Text, startsInside: false);
        if (!open)
        {
            return Parse(first.Number, first.Text);
        }

        var pending = new List<PhysicalLine> { first };
        var text = new StringBuilder(first.Text);
        while (open)
        {
            var next = await NextLineAsync(cancellationToken).ConfigureAwait(false);
            var problem = next switch
            {
                null => "Unterminated quoted field: the input ends inside quotes.",
                { Text: null } => "Unterminated quoted field: it runs into an over-long line.",
                { Text: var more } when text.Length + 1 + more.Length > maxRecordLength =>
                    $"Unterminated quoted field: the record would exceed {maxRecordLength} characters.",
                _ => null,
            };
            if (problem is not null)
            {
                if (next is { } unused)
                {
                    pending.Add(unused);
                }

                for (var i = pending.Count - 1; i >= 1; i--)
                {
                    _replay.AddFirst(pending[i]);
                }

                return new CsvRecord(first.Number, null, problem);
            }

            var line = next!.Value;
            pending.Add(line);
            text.Append('\n').Append(line.Text);
            open = EndsInsideQuotes(line.Text!, startsInside: true);
        }

        return Parse(first.Number, text.ToString());
    }

    private async ValueTask<PhysicalLine?> NextLineAsync(CancellationToken cancellationToken)
    {
        if (_replay.First is { } replayed)
        {
            _replay.RemoveFirst();
            return replayed.Value;
        }

        return await lines.ReadAsync(cancellationToken).ConfigureAwait(false);
    }

    // Follows quoting the way Parse does, so only a quote that opens a field can carry a record onto the next line;
    // a stray quote inside an unquoted field is left for Parse to reject on its own line.
    private static bool EndsInsideQuotes(string text, bool startsInside)
    {
        var inside = startsInside;
        var atFieldStart = !startsInside;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inside)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        i++;
                    }
                    else
                    {
                        inside = false;
                    }
                }
            }
            else if (c == ',')
            {
                atFieldStart = true;
            }
            else if (c == '"' && atFieldStart)
            {
                inside = true;
                atFieldStart = false;
            }
            else if (c is not ' ' and not '\t')
            {
                atFieldStart = false;
            }
        }

        return inside;
    }

    /// <summary>Splits one complete record. Spaces and tabs around a quoted field are allowed and dropped.</summary>
    internal static CsvRecord Parse(long lineNumber, string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var position = 0;
        while (true)
        {
            var start = position;
            while (position < text.Length && text[position] is ' ' or '\t')
            {
                position++;
            }

            if (position < text.Length && text[position] == '"')
            {
                position++;
                field.Clear();
                while (true)
                {
                    if (position >= text.Length)
                    {
                        return new CsvRecord(lineNumber, null, $"Unterminated quoted field in column {fields.Count + 1}.");
                    }

                    var c = text[position++];
                    if (c != '"')
                    {
                        field.Append(c);
                    }
                    else if (position < text.Length && text[position] == '"')
                    {
                        field.Append('"');
                        position++;
                    }
                    else
                    {
                        break;
                    }
                }

                while (position < text.Length && text[position] is ' ' or '\t')
                {
                    position++;
                }

                if (position < text.Length && text[position] != ',')
                {
                    return new CsvRecord(lineNumber, null, $"Unexpected character '{text[position]}' after the closing quote in column {fields.Count + 1}.");
                }

                fields.Add(field.ToString());
            }
            else
            {
                var comma = text.IndexOf(',', start);
                var end = comma < 0 ? text.Length : comma;
                var raw = text[start..end];
                if (raw.Contains('"', StringComparison.Ordinal))
                {
                    return new CsvRecord(lineNumber, null, $"Stray quote in unquoted column {fields.Count + 1}: quote the whole field and double any quote inside it.");
                }

                fields.Add(raw);
                position = end;
            }

            if (position >= text.Length)
            {
                return new CsvRecord(lineNumber, [.. fields], null);
            }

            position++;
        }
    }
}
