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

    public string ManifestPart(Shard shard) => Path.Combine(_root, "manifests", shard.Key + ".jsonl");

    public async Task<ShardSummary?> ReadCheckpointAsync(Shard shard, CancellationToken cancellationToken)
    {
        var path = CheckpointFile(shard);
        if (!File.Exists(path))
        {
            return null;
        }

        var stored = JsonSerializer.Deserialize<StoredShard>(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), Json);
        return stored is null || stored.Summary.Shard != shard.RelativePath ? null : stored.Summary;
    }

    /// <summary>The shard's commit point: once this file exists, the shard's outputs are final.</summary>
    public Task WriteCheckpointAsync(Shard shard, ShardSummary summary, CancellationToken cancellationToken) =>
        WriteAtomicallyAsync(CheckpointFile(shard), JsonSerializer.SerializeToUtf8Bytes(new StoredShard(summary), Json), cancellationToken);

    public static async Task WriteAtomicallyAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        var temporary = path + ".partial";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Temporary files of an interrupted run are never valid: the shards they belonged to are redone.</summary>
    private void RemovePartials()
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

    private string CheckpointFile(Shard shard) => Path.Combine(_root, "shards", shard.Key + ".json");

    private sealed record StoredFingerprint(string Fingerprint);

    private sealed record StoredShard(ShardSummary Summary);
}
