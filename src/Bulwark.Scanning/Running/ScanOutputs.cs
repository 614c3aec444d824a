using Bulwark.Scanning.Reports;

namespace Bulwark.Scanning.Running;

/// <summary>
/// The scan-wide outputs written once every shard is committed: the manifest (the shards' parts joined in shard
/// order) and the reports. They depend only on the committed shards, so whoever writes them — the single-machine
/// scanner or a cluster's coordinator, once or again after a restart — writes the same bytes.
/// </summary>
internal static class ScanOutputs
{
    public static async Task WriteAsync(ScanState state, ScanSummary scan, CancellationToken cancellationToken)
    {
        await MergeManifestsAsync(state, scan.Shards.Select(shard => shard.Shard), cancellationToken).ConfigureAwait(false);
        await ScanState.WriteAtomicallyAsync(Path.Combine(state.OutputDirectory, ScanReportJson.FileName), ScanReportJson.Render(scan), cancellationToken).ConfigureAwait(false);
        await ScanState.WriteAtomicallyAsync(Path.Combine(state.OutputDirectory, ScanReportHtml.FileName), ScanReportHtml.Render(scan), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Joins the shards' manifest parts, in shard order, into the one manifest.</summary>
    private static async Task MergeManifestsAsync(ScanState state, IEnumerable<string> shards, CancellationToken cancellationToken)
    {
        var path = Path.Combine(state.OutputDirectory, QuarantineManifest.FileName);
        var partial = path + ScanState.PartialSuffix;
        var output = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        await using (output.ConfigureAwait(false))
        {
            foreach (var shard in shards)
            {
                var part = state.ManifestPart(shard);
                if (File.Exists(part))
                {
                    var input = new FileStream(part, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
                    await using (input.ConfigureAwait(false))
                    {
                        await input.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }

        File.Move(partial, path, overwrite: true);
    }
}
