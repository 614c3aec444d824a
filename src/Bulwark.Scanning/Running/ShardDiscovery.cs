using Bulwark.Scanning.Formats;
using Parquet;

namespace Bulwark.Scanning.Running;

/// <summary>
/// Turns the inputs into shards in a stable order: a file is one shard (by extension: .parquet, .jsonl/.json lines,
/// .tar); a folder is walked, each dataset file in it a shard and each sub-folder holding images a shard of images.
/// A shard's output path is the input's name followed by the shard's path inside the input.
/// </summary>
internal static class ShardDiscovery
{
    private static readonly ParquetFormat Parquet = new();
    private static readonly JsonlFormat Jsonl = new();
    private static readonly WebDatasetFormat WebDataset = new();

    public static IReadOnlyList<Shard> Find(IReadOnlyList<string> inputs, ImageFolderFormat images)
    {
        if (inputs.Count == 0)
        {
            throw new ScanSetupException("No inputs were given.");
        }

        var shards = new List<Shard>();
        var roots = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input));
            var root = Path.GetFileName(path);
            if (!roots.Add(root))
            {
                throw new ScanSetupException($"Two inputs are named '{root}'; outputs are laid out by input name, so names must differ.");
            }

            if (File.Exists(path))
            {
                shards.Add(new Shard(path, root, FormatOf(path) ?? throw new ScanSetupException($"{input}: not a dataset file (.parquet, .jsonl, .tar)")));
            }
            else if (Directory.Exists(path))
            {
                var before = shards.Count;
                Walk(path, root, path, images, shards);
                if (shards.Count == before)
                {
                    throw new ScanSetupException($"{input}: no dataset files or images found");
                }
            }
            else
            {
                throw new ScanSetupException($"{input}: no such file or folder");
            }
        }

        return shards;
    }

    /// <summary>The total number of records when every shard tells it cheaply; otherwise null.</summary>
    public static async Task<long?> EstimateRecordsAsync(IReadOnlyList<Shard> shards, CancellationToken cancellationToken)
    {
        long total = 0;
        foreach (var shard in shards)
        {
            switch (shard.Format)
            {
                case ImageFolderFormat:
                    total += ImageFolderFormat.ImageFiles(shard.SourcePath).Count;
                    break;
                case ParquetFormat:
                    try
                    {
                        var reader = await ParquetReader.CreateAsync(shard.SourcePath, cancellationToken: cancellationToken).ConfigureAwait(false);
                        await using (reader.ConfigureAwait(false))
                        {
                            total += reader.Metadata?.NumRows ?? 0;
                        }
                    }
                    catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or ArgumentException or FormatException or NotSupportedException)
                    {
                        // A malformed footer is reported when the shard is scanned; the estimate just leaves it out.
                    }

                    break;
                default:
                    return null;
            }
        }

        return total;
    }

    private static IDatasetFormat? FormatOf(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
        {
            return Parquet;
        }

        if (name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            return Jsonl;
        }

        return name.EndsWith(".tar", StringComparison.OrdinalIgnoreCase) ? WebDataset : null;
    }

    private static void Walk(string folder, string root, string inputPath, ImageFolderFormat images, List<Shard> shards)
    {
        var relative = folder == inputPath ? root : $"{root}/{Path.GetRelativePath(inputPath, folder).Replace('\\', '/')}";
        if (ImageFolderFormat.ImageFiles(folder).Count > 0)
        {
            shards.Add(new Shard(folder, relative, images));
        }

        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (FormatOf(file) is { } format)
            {
                shards.Add(new Shard(file, $"{relative}/{Path.GetFileName(file)}", format));
            }
        }

        foreach (var child in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            Walk(child, root, inputPath, images, shards);
        }
    }
}
