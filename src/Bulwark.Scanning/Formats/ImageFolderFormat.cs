using System.Runtime.CompilerServices;
using Bulwark.Scanning.Records;

namespace Bulwark.Scanning.Formats;

/// <summary>
/// A folder of image files (not its subfolders, which are shards of their own): each image file is a record whose
/// id is its file name. The cleaned copy is a folder with the kept files copied unchanged.
/// </summary>
internal sealed class ImageFolderFormat : IDatasetFormat
{
    public const int BatchFiles = 64;

    /// <summary>Files taken as images, by extension.</summary>
    public static IReadOnlySet<string> Extensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp",
    };

    /// <summary>Images above this size are unreadable records rather than loaded: an oversized file must not exhaust memory.</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    public string Name => "images";

    public static IReadOnlyList<string> ImageFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder).Where(path => Extensions.Contains(Path.GetExtension(path))).Order(StringComparer.Ordinal)];

    public async IAsyncEnumerable<RecordBatch> ReadAsync(string shardPath, ColumnMapping columns, bool forCleanCopy, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var files = ImageFiles(shardPath);
        for (var start = 0; start < files.Count; start += BatchFiles)
        {
            var paths = files.Skip(start).Take(BatchFiles).ToList();
            var records = new List<DatasetRecord>(paths.Count);
            foreach (var path in paths)
            {
                records.Add(await ReadAsync(path, start + records.Count, cancellationToken).ConfigureAwait(false));
            }

            yield return new RecordBatch(records, paths);
        }
    }

    public IShardWriter CreateWriter(string shardPath, string destination) => new Writer(destination);

    private async Task<DatasetRecord> ReadAsync(string path, long index, CancellationToken cancellationToken)
    {
        var id = Path.GetFileName(path);
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                return new DatasetRecord { Index = index, Id = id, Problem = $"the file is {length:N0} bytes, over the limit of {MaxFileBytes:N0}" };
            }

            return new DatasetRecord { Index = index, Id = id, Image = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false) };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new DatasetRecord { Index = index, Id = id, Problem = e.Message };
        }
    }

    private sealed class Writer(string destination) : IShardWriter
    {
        public ValueTask WriteAsync(RecordBatch batch, IReadOnlyList<bool> keep, CancellationToken cancellationToken)
        {
            Directory.CreateDirectory(destination);
            var paths = (List<string>)batch.Payload!;
            for (var i = 0; i < paths.Count; i++)
            {
                if (keep[i])
                {
                    File.Copy(paths[i], Path.Combine(destination, Path.GetFileName(paths[i])), overwrite: true);
                }
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask CompleteAsync(CancellationToken cancellationToken)
        {
            Directory.CreateDirectory(destination);
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
