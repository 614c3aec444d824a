using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Bulwark.Scanning.Records;

namespace Bulwark.Scanning.Formats;

/// <summary>
/// JSON Lines shards: one object per line with the mapped fields (an image field holds base64). The cleaned copy
/// repeats each kept line exactly as read (line ends become LF). A line that is not a JSON object is an unreadable
/// record: reported, never copied.
/// </summary>
internal sealed class JsonlFormat : IDatasetFormat
{
    public const int BatchLines = 4096;

    public string Name => "jsonl";

    public async IAsyncEnumerable<RecordBatch> ReadAsync(string shardPath, ColumnMapping columns, bool forCleanCopy, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(shardPath, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var records = new List<DatasetRecord>(BatchLines);
        var lines = new List<string>(BatchLines);
        long index = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            records.Add(Parse(line, index++, columns));
            lines.Add(line);
            if (records.Count == BatchLines)
            {
                yield return new RecordBatch(records, lines);
                records = new List<DatasetRecord>(BatchLines);
                lines = new List<string>(BatchLines);
            }
        }

        if (records.Count > 0)
        {
            yield return new RecordBatch(records, lines);
        }
    }

    public IShardWriter CreateWriter(string shardPath, string destination) => new Writer(destination);

    private static DatasetRecord Parse(string line, long index, ColumnMapping columns)
    {
        var fallbackId = (index + 1).ToString(CultureInfo.InvariantCulture);
        try
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new DatasetRecord { Index = index, Id = fallbackId, Problem = "line is not a JSON object" };
            }

            return JsonFields.ToRecord(document.RootElement, columns, index, fallbackId, image: null);
        }
        catch (JsonException e)
        {
            // The parser's message quotes the offending text; the manifest must never carry content, so only the position is kept.
            return new DatasetRecord { Index = index, Id = fallbackId, Problem = string.Create(CultureInfo.InvariantCulture, $"line is not valid JSON (error at character {e.BytePositionInLine ?? 0})") };
        }
    }

    private sealed class Writer(string destination) : IShardWriter
    {
        private readonly StreamWriter _writer = new(destination, append: false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };

        public async ValueTask WriteAsync(RecordBatch batch, IReadOnlyList<bool> keep, CancellationToken cancellationToken)
        {
            var lines = (List<string>)batch.Payload!;
            for (var i = 0; i < lines.Count; i++)
            {
                if (keep[i])
                {
                    await _writer.WriteLineAsync(lines[i].AsMemory(), cancellationToken).ConfigureAwait(false);
                }
            }
        }

        public async ValueTask CompleteAsync(CancellationToken cancellationToken) =>
            await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);

        public ValueTask DisposeAsync() => _writer.DisposeAsync();
    }
}
