using System.Runtime.CompilerServices;
using Bulwark.Scanning.Formats.ParquetPages;
using Bulwark.Scanning.Records;
using Bulwark.Scanning.Running;
using Parquet;
using Parquet.Schema;

namespace Bulwark.Scanning.Formats;

/// <summary>
/// Parquet shards (LAION metadata, img2dataset output): read one row group at a time and handed on in slices, the next
/// decoded while this one is checked, so memory is bounded by two row groups; the cleaned copy has the same schema,
/// file metadata and row-group boundaries, with the flagged rows left out.
/// </summary>
internal sealed class ParquetFormat : IDatasetFormat
{
    /// <summary>Records per batch; a row group is cut into slices of this size so checking can start before it is all seen.</summary>
    public const int SliceRows = 8192;

    public string Name => "parquet";

    public async IAsyncEnumerable<RecordBatch> ReadAsync(string shardPath, ColumnMapping columns, bool forCleanCopy, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var file = new FileStream(shardPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
        await using var fileScope = file.ConfigureAwait(false);
        var reader = await Guard(() => ParquetReader.CreateAsync(file, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        using var pages = PageFile.Open(shardPath, reader.Metadata?.CreatedBy);
        var fields = reader.Schema.DataFields;
        if (forCleanCopy && reader.Schema.Fields.Any(field => field is not DataField))
        {
            throw new MalformedShardException("the schema has nested (struct, list or map) columns; only flat schemas can be rewritten");
        }

        var names = fields.Select(field => field.Name).ToList();
        var mapped = new MappedFields(
            Pick(columns.Url), Pick(columns.Caption), Pick(columns.Md5), Pick(columns.Sha256), Pick(columns.Image), Pick(columns.Id), Pick(columns.Source));
        var wanted = forCleanCopy ? fields : fields.Where(mapped.Contains).ToArray();
        long index = 0;
        // The next row group is decoded while the checks work through this one's slices: decoding one is a long burst
        // of work on one thread, and without the overlap the other cores waited for it at every row group.
        var next = reader.RowGroupCount > 0 ? ReadRowGroupAsync(reader, pages, 0, wanted, cancellationToken) : null;
        try
        {
            for (var groupIndex = 0; groupIndex < reader.RowGroupCount; groupIndex++)
            {
                var rowGroup = await next!.ConfigureAwait(false);
                next = groupIndex + 1 < reader.RowGroupCount ? ReadRowGroupAsync(reader, pages, groupIndex + 1, wanted, cancellationToken) : null;
                var rows = rowGroup.Rows;
                var (url, caption, md5, sha256, image, id, source) = (
                    rowGroup.Column(mapped.Url), rowGroup.Column(mapped.Caption), rowGroup.Column(mapped.Md5), rowGroup.Column(mapped.Sha256),
                    rowGroup.Column(mapped.Image), rowGroup.Column(mapped.Id), rowGroup.Column(mapped.Source));
                for (var start = 0; start < rows || (start == 0 && rows == 0); start += SliceRows)
                {
                    var count = Math.Min(SliceRows, rows - start);
                    var records = new DatasetRecord[count];
                    for (var i = 0; i < count; i++)
                    {
                        var row = start + i;
                        records[i] = new DatasetRecord
                        {
                            Index = index,
                            Id = id?.Text(row),
                            Url = url?.Chars(row) ?? default,
                            Caption = caption?.Chars(row) ?? default,
                            GivenMd5 = md5?.Text(row),
                            GivenSha256 = sha256?.Text(row),
                            Source = source?.Text(row),
                            Image = image?.Bytes(row),
                        };
                        index++;
                    }

                    yield return new RecordBatch(records, new ParquetSlice(rowGroup, start, count, start + count >= rows));
                    if (rows == 0)
                    {
                        break;
                    }
                }
            }
        }
        finally
        {
            // A scan that stops early still waits for the decode in flight before the file is closed under it; that
            // read's failure adds nothing to why the scan stopped.
            if (next is not null)
            {
                await Quietly.WaitAsync(next).ConfigureAwait(false);
            }
        }

        DataField? Pick(IReadOnlyList<string> candidates) =>
            ColumnMapping.Find(candidates, names) is { } name ? fields.First(field => field.Name == name) : null;
    }

    public IShardWriter CreateWriter(string shardPath, string destination) => new Writer(shardPath, destination);

    /// <summary>Reads and decodes every wanted column of one row group, on the thread pool.</summary>
    private static Task<ParquetRowGroup> ReadRowGroupAsync(
        ParquetReader reader, PageFile pages, int groupIndex, DataField[] wanted, CancellationToken cancellationToken) =>
        Task.Run(
            async () =>
            {
                using var group = reader.OpenRowGroupReader(groupIndex);
                var rows = checked((int)group.RowCount);
                var read = new List<ParquetColumn>(wanted.Length);
                foreach (var field in wanted)
                {
                    read.Add(await Guard(() => ParquetColumn.ReadAsync(group, pages, field, rows, cancellationToken)).ConfigureAwait(false));
                }

                return new ParquetRowGroup(read, rows);
            },
            cancellationToken);

    /// <summary>Parquet.Net reports damage with several exception types; they all mean the shard is malformed.</summary>
    private static async Task<T> Guard<T>(Func<Task<T>> read)
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException or NotSupportedException
            or InvalidOperationException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            throw new MalformedShardException($"not a readable Parquet file: {e.Message}", e);
        }
    }

    private sealed record MappedFields(DataField? Url, DataField? Caption, DataField? Md5, DataField? Sha256, DataField? Image, DataField? Id, DataField? Source)
    {
        public bool Contains(DataField field) =>
            field == Url || field == Caption || field == Md5 || field == Sha256 || field == Image || field == Id || field == Source;
    }

    /// <summary>A row group's columns, shared by its slices.</summary>
    private sealed class ParquetRowGroup(IReadOnlyList<ParquetColumn> columns, int rows)
    {
        public IReadOnlyList<ParquetColumn> Columns { get; } = columns;

        public int Rows { get; } = rows;

        public ParquetColumn? Column(DataField? field) => field is null ? null : Columns.FirstOrDefault(column => column.Field == field);
    }

    private sealed record ParquetSlice(ParquetRowGroup Group, int Start, int Count, bool IsLast);

    /// <summary>Collects each row group's keep flags over its slices and writes the group after its last slice.</summary>
    private sealed class Writer(string shardPath, string destination) : IShardWriter
    {
        private readonly List<bool> _keep = [];
        private FileStream? _file;
        private ParquetWriter? _writer;

        public async ValueTask WriteAsync(RecordBatch batch, IReadOnlyList<bool> keep, CancellationToken cancellationToken)
        {
            var slice = (ParquetSlice)batch.Payload!;
            _keep.AddRange(keep);
            if (!slice.IsLast)
            {
                return;
            }

            var writer = await OpenAsync(cancellationToken).ConfigureAwait(false);
            var kept = _keep.Count(flag => flag);
            if (kept > 0)
            {
                using var group = writer.CreateRowGroup();
                foreach (var column in slice.Group.Columns)
                {
                    await column.WriteAsync(group, _keep, kept, cancellationToken).ConfigureAwait(false);
                }
            }

            _keep.Clear();
        }

        public async ValueTask CompleteAsync(CancellationToken cancellationToken)
        {
            var writer = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await writer.DisposeAsync().ConfigureAwait(false);
            _writer = null;
            await _file!.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        public async ValueTask DisposeAsync()
        {
            if (_writer is not null)
            {
                await _writer.DisposeAsync().ConfigureAwait(false);
            }

            if (_file is not null)
            {
                await _file.DisposeAsync().ConfigureAwait(false);
            }
        }

        /// <summary>Opens the output with the source's schema and file metadata, read again from its footer.</summary>
        private async Task<ParquetWriter> OpenAsync(CancellationToken cancellationToken)
        {
            if (_writer is not null)
            {
                return _writer;
            }

            ParquetSchema schema;
            Dictionary<string, string> metadata;
            var source = await ParquetReader.CreateAsync(shardPath, cancellationToken: cancellationToken).ConfigureAwait(false);
            await using (source.ConfigureAwait(false))
            {
                schema = source.Schema;
                metadata = source.CustomMetadata.ToDictionary();
            }

            _file = new FileStream(destination, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
            _writer = await ParquetWriter.CreateAsync(schema, _file, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (metadata.Count > 0)
            {
                _writer.CustomMetadata = metadata;
            }

            return _writer;
        }
    }
}
