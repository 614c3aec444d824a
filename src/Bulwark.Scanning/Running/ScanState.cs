using System.Text.Json;

namespace Bulwark.Scanning.Running;

/// <summary>
/// The output folder's <c>.scan/</c> state: the scan's fingerprint, one checkpoint per committed shard and each
/// shard's manifest part. Every file is written under a temporary name and renamed into place, so a crash leaves a
/// shard either committed (checkpoint present) or to be redone.
/// </summary>
internal sealed class ScanState
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly string _root;

    public ScanState(string outputDirectory)
    {
        OutputDirectory = outputDirectory;
        _root = Path.Combine(outputDirectory, ".scan");
    }

    public string OutputDirectory { get; }

    public string CleanDirectory => Path.Combine(OutputDirectory, "clean");

    private string FingerprintFile => Path.Combine(_root, "scan.json");

    /// <summary>Starts or resumes: records the fingerprint, or checks it matches the one being resumed.</summary>
    public async Task OpenAsync(string fingerprint, bool resume, CancellationToken cancellationToken)
    {
        if (File.Exists(FingerprintFile))
        {
            if (!resume)
            {
                throw new ScanSetupException($"{OutputDirectory} holds an earlier scan: pass --resume to continue it, or choose an empty folder.");
            }

            var stored = JsonSerializer.Deserialize<StoredFingerprint>(await File.ReadAllTextAsync(FingerprintFile, cancellationToken).ConfigureAwait(false), Json);
            if (stored?.Fingerprint != fingerprint)
            {
                throw new ScanSetupException($"{OutputDirectory} holds a scan with different settings (columns, banks, lists, policy or views); resume it with the same options, or choose an empty folder.");
            }

            RemovePartials();
            return;
        }

        if (Directory.Exists(OutputDirectory) && Directory.EnumerateFileSystemEntries(OutputDirectory).Any())
        {
            throw new ScanSetupException($"{OutputDirectory} is not empty; choose an empty or new folder for the scan's output.");
        }

        Directory.CreateDirectory(Path.Combine(_root, "shards"));
        Directory.CreateDirectory(Path.Combine(_root, "manifests"));
        await WriteAtomicallyAsync(FingerprintFile, JsonSerializer.SerializeToUtf8Bytes(new StoredFingerprint(fingerprint), Json), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Joins a cluster scan: creates the state like a new scan when the folder is empty, or continues the scan whose
    /// fingerprint it holds (any silo may join at any time, so there is no "new scan" versus "resume" here). Temporary
    /// files are left alone: other silos may be writing them.
    /// </summary>
    public async Task OpenOrJoinAsync(string fingerprint, CancellationToken cancellationToken)
    {
        if (File.Exists(FingerprintFile))
        {
            var stored = JsonSerializer.Deserialize<StoredFingerprint>(await File.ReadAllTextAsync(FingerprintFile, cancellationToken).ConfigureAwait(false), Json);
            if (stored?.Fingerprint != fingerprint)
            {
                throw new ScanSetupException($"{OutputDirectory} holds a scan with different settings (columns, banks, lists, policy or views); join it with the same options, or choose an empty folder.");
            }

            return;
        }

        await OpenAsync(fingerprint, resume: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The suffix of a single-machine scan's temporary files.</summary>
    public const string PartialSuffix = ".partial";

    public string CleanPath(string relativePath) => Path.Combine(CleanDirectory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public string ManifestPart(Shard shard) => ManifestPart(shard.RelativePath);

    public string ManifestPart(string relativePath) => Path.Combine(_root, "manifests", Shard.KeyOf(relativePath) + ".jsonl");

    public Task<ShardSummary?> ReadCheckpointAsync(Shard shard, CancellationToken cancellationToken) => ReadCheckpointAsync(shard.RelativePath, cancellationToken);

    public async Task<ShardSummary?> ReadCheckpointAsync(string relativePath, CancellationToken cancellationToken)
    {
        var path = CheckpointFile(relativePath);
        if (!File.Exists(path))
        {
            return null;
        }

        var stored = JsonSerializer.Deserialize<StoredShard>(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), Json);
        return stored is null || stored.Summary.Shard != relativePath ? null : stored.Summary;
    }

    /// <summary>The shard's commit point: once this file exists, the shard's outputs are final.</summary>
    public Task WriteCheckpointAsync(Shard shard, ShardSummary summary, CancellationToken cancellationToken) =>
        WriteAtomicallyAsync(CheckpointFile(shard.RelativePath), JsonSerializer.SerializeToUtf8Bytes(new StoredShard(summary), Json), cancellationToken);

    /// <summary>Writes a checkpoint under a temporary name (an attempt's, in a cluster), for a later <see cref="CommitCheckpoint"/>.</summary>
    public Task WritePendingCheckpointAsync(string relativePath, ShardSummary summary, string suffix, CancellationToken cancellationToken) =>
        File.WriteAllBytesAsync(CheckpointFile(relativePath) + suffix, JsonSerializer.SerializeToUtf8Bytes(new StoredShard(summary), Json), cancellationToken);

    public bool HasPendingCheckpoint(string relativePath, string suffix) => File.Exists(CheckpointFile(relativePath) + suffix);

    /// <summary>Renames a pending checkpoint into place: the shard's commit.</summary>
    public void CommitCheckpoint(string relativePath, string suffix) =>
        File.Move(CheckpointFile(relativePath) + suffix, CheckpointFile(relativePath), overwrite: false);

    public static async Task WriteAtomicallyAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        var temporary = path + PartialSuffix;
        await File.WriteAllBytesAsync(temporary, content, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Temporary files of an interrupted run are never valid: the shards they belonged to are redone.</summary>
    public void RemovePartials()
    {
        foreach (var directory in Directory.EnumerateDirectories(OutputDirectory, "*.partial", SearchOption.AllDirectories).ToList())
        {
            Directory.Delete(directory, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(OutputDirectory, "*.partial", SearchOption.AllDirectories).ToList())
        {
            File.Delete(file);
        }
    }

    public string CheckpointFile(string relativePath) => Path.Combine(_root, "shards", Shard.KeyOf(relativePath) + ".json");

    private sealed record StoredFingerprint(string Fingerprint);

    private sealed record StoredShard(ShardSummary Summary);
}
