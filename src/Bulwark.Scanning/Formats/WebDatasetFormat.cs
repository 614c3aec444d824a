using System.Formats.Tar;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Bulwark.Scanning.Records;

namespace Bulwark.Scanning.Formats;

/// <summary>
/// WebDataset tar shards: consecutive members sharing a key (the path up to the first dot of the file name:
/// <c>000001.jpg</c>, <c>000001.txt</c>, <c>000001.json</c>) form one sample. The image is the sample's first image
/// member, the caption its <c>.txt</c> member (or the .json's caption field), other fields come from its <c>.json</c>.
/// The cleaned copy rewrites the tar with the kept samples' members unchanged (names, modes, times, formats).
/// </summary>
/// <param name="batchBytes">
/// Member bytes after which a batch is handed on, however few samples it holds: a few batches are in flight per shard,
/// and without this bound 256 samples of large photos would be hundreds of megabytes each.
/// </param>
internal sealed class WebDatasetFormat(long batchBytes = WebDatasetFormat.DefaultBatchBytes) : IDatasetFormat
{
    public const int BatchSamples = 256;

    public const long DefaultBatchBytes = 64 << 20;

    /// <summary>Members are read into shared blocks this large (<see cref="SliceBlocks{T}"/>); larger ones get their own.</summary>
    private const int MemberBlockBytes = 1 << 20;

    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase) { "jpg", "jpeg", "png", "webp", "gif", "bmp" };

    public string Name => "webdataset";

    public async IAsyncEnumerable<RecordBatch> ReadAsync(string shardPath, ColumnMapping columns, bool forCleanCopy, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Synchronous reads on purpose: a tar is read member by member in small pieces, and on Unix every
        // asynchronous file read is a thread-pool hop; this loop already runs on the pipeline's own reader task.
        var file = new FileStream(shardPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        await using var fileScope = file.ConfigureAwait(false);
        var reader = new TarReader(file);
        await using var readerScope = reader.ConfigureAwait(false);
        var records = new List<DatasetRecord>();
        var items = new List<TarItem>();
        var sample = new List<Member>();
        var memory = new SliceBlocks<byte>(MemberBlockBytes);
        long bytesInBatch = 0;
        string? key = null;
        long index = 0;
        while (Next(reader) is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
            {
                items.Add(new TarItem(null, [new Member(entry, null)]));
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var data = ReadAll(entry, memory);

            // The entry's stream is only valid until the reader moves on; the writer gives the entry these bytes instead.
            entry.DataStream = null;
            var member = new Member(entry, data);
            var memberKey = Key(entry.Name);
            if (key is not null && memberKey != key)
            {
                Flush();
                if (records.Count >= BatchSamples || bytesInBatch >= batchBytes)
                {
                    yield return new RecordBatch(records, items);
                    records = [];
                    items = [];
                    bytesInBatch = 0;
                }
            }

            key = memberKey;
            sample.Add(member);
            bytesInBatch += data.Length;
        }

        if (key is not null)
        {
            Flush();
        }

        if (records.Count > 0 || items.Count > 0)
        {
            yield return new RecordBatch(records, items);
        }

        void Flush()
        {
            var record = ToRecord(key!, sample, index++, columns);
            records.Add(record);
            items.Add(new TarItem(records.Count - 1, sample));
            sample = [];
        }
    }

    public IShardWriter CreateWriter(string shardPath, string destination) => new Writer(destination);

    /// <summary>The WebDataset key: directory and file name up to the file name's first dot.</summary>
    internal static string Key(string name)
    {
        var slash = name.LastIndexOf('/');
        var dot = name.IndexOf('.', slash + 1);
        return dot < 0 ? name : name[..dot];
    }

    private static string Extension(string name)
    {
        var slash = name.LastIndexOf('/');
        var dot = name.IndexOf('.', slash + 1);
        return dot < 0 ? string.Empty : name[(dot + 1)..];
    }

    private static TarEntry? Next(TarReader reader)
    {
        try
        {
            return reader.GetNextEntry(copyData: false);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or EndOfStreamException or ArgumentException or OverflowException)
        {
            throw new MalformedShardException($"not a readable tar archive: {e.Message}", e);
        }
    }

    private static ReadOnlyMemory<byte> ReadAll(TarEntry entry, SliceBlocks<byte> memory)
    {
        if (entry.DataStream is null)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        try
        {
            var length = checked((int)entry.Length);
            var data = memory.Reserve(length)[..length];
            var read = 0;
            int chunk;
            while (read < length && (chunk = entry.DataStream.Read(data[read..])) > 0)
            {
                read += chunk;
            }

            if (read != length)
            {
                throw new MalformedShardException($"member '{entry.Name}' is truncated ({read} of {length} bytes)");
            }

            return memory.Take(length);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException or OverflowException)
        {
            throw new MalformedShardException($"member '{entry.Name}' cannot be read: {e.Message}", e);
        }
    }

    private static DatasetRecord ToRecord(string key, List<Member> members, long index, ColumnMapping columns)
    {
        // One pass, first of each kind wins; runs for every sample, so no per-member closures or lookups twice.
        Member? image = null, text = null, json = null;
        foreach (var member in members)
        {
            var extension = Extension(member.Entry.Name);
            if (image is null && ImageExtensions.Contains(extension))
            {
                image = member;
            }
            else if (text is null && extension.Equals("txt", StringComparison.OrdinalIgnoreCase))
            {
                text = member;
            }
            else if (json is null && extension.Equals("json", StringComparison.OrdinalIgnoreCase))
            {
                json = member;
            }
        }

        var caption = text is null ? null : Encoding.UTF8.GetString(text.Data!.Value.Span);
        ReadOnlyMemory<byte>? imageBytes = image is null ? null : image.Data;
        if (json is not null)
        {
            try
            {
                using var document = JsonDocument.Parse(json.Data!.Value);
                if (document.RootElement.ValueKind == JsonValueKind.Object)
                {
                    var fromJson = JsonFields.ToRecord(document.RootElement, columns, index, key, imageBytes ?? ReadOnlyMemory<byte>.Empty, caption);
                    return new DatasetRecord
                    {
                        Index = index,
                        Id = key,
                        Url = fromJson.Url,
                        Caption = fromJson.Caption,
                        GivenMd5 = fromJson.GivenMd5,
                        GivenSha256 = fromJson.GivenSha256,
                        Source = fromJson.Source,
                        Image = imageBytes,
                    };
                }
            }
            catch (JsonException)
            {
                return new DatasetRecord { Index = index, Id = key, Image = imageBytes, Caption = caption, Problem = "the sample's .json member is not valid JSON" };
            }
        }

        return new DatasetRecord { Index = index, Id = key, Image = imageBytes, Caption = caption };
    }

    /// <summary>A tar member and its bytes (null for entries without data, such as directories).</summary>
    private sealed record Member(TarEntry Entry, ReadOnlyMemory<byte>? Data);

    /// <summary>A sample (with its record's position in the batch) or a member outside any sample (a directory).</summary>
    private sealed record TarItem(int? Record, List<Member> Members);

    /// <summary>
    /// Writes the kept samples' members as they were read, synchronously for the reason the reader reads so: a tar is
    /// written member by member in small pieces, and on Unix every asynchronous file write is a thread-pool hop.
    /// </summary>
    private sealed class Writer(string destination) : IShardWriter
    {
        private readonly FileStream _file = new(destination, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        private TarWriter? _tar;

        public ValueTask WriteAsync(RecordBatch batch, IReadOnlyList<bool> keep, CancellationToken cancellationToken)
        {
            _tar ??= new TarWriter(_file, leaveOpen: true);
            foreach (var item in (List<TarItem>)batch.Payload!)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (item.Record is { } record && !keep[record])
                {
                    continue;
                }

                foreach (var member in item.Members)
                {
                    if (member.Data is { } data)
                    {
                        member.Entry.DataStream = ArrayBytes.OpenRead(data);
                    }

                    _tar.WriteEntry(member.Entry);
                }
            }

            return ValueTask.CompletedTask;
        }

        public async ValueTask CompleteAsync(CancellationToken cancellationToken)
        {
            _tar ??= new TarWriter(_file, leaveOpen: true);
            await _tar.DisposeAsync().ConfigureAwait(false);
            await _file.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        public async ValueTask DisposeAsync()
        {
            if (_tar is not null)
            {
                await _tar.DisposeAsync().ConfigureAwait(false);
            }

            await _file.DisposeAsync().ConfigureAwait(false);
        }
    }
}
