using System.Threading.Channels;
using Bulwark.Scanning.Formats;
using Bulwark.Scanning.Records;
using Bulwark.Scanning.Reports;

namespace Bulwark.Scanning.Running;

/// <summary>
/// Scans one shard as a three-stage pipeline joined by bounded channels — read batches, queue their checks on all
/// cores, write the kept records and the manifest lines in order as each batch's checks finish — so memory stays
/// bounded by a few batches. Outputs go to temporary names and are renamed into place only when the whole shard is
/// done; the checkpoint written after that is the shard's commit.
/// </summary>
internal sealed class ShardProcessor(ScanOptions options, ScanState state, RecordChecker checker)
{
    /// <summary>
    /// Batches waiting between two stages; with the batch sizes of the formats this bounds memory per shard. The
    /// batches in the second channel are already with the checker, so the cores that finish one batch's last chunks
    /// have the next batch's chunks to start on.
    /// </summary>
    private const int ChannelCapacity = 2;

    /// <summary>Scans the shard and moves its outputs into place (the caller then writes the checkpoint, the commit).</summary>
    public async Task<(ShardSummary Summary, List<QuarantinedRecord> Quarantined)> ProcessAsync(Shard shard, CancellationToken cancellationToken)
    {
        var (summary, quarantined) = await WriteAsync(shard, ScanState.PartialSuffix, cancellationToken).ConfigureAwait(false);
        Commit(state, shard.RelativePath, ScanState.PartialSuffix);
        return (summary, quarantined);
    }

    /// <summary>
    /// Scans the shard into temporary outputs named with <paramref name="suffix"/> (ending in <c>.partial</c>), left for
    /// <see cref="Commit"/>: a cluster gives every attempt its own suffix, so two attempts at one shard never write the
    /// same file and only the attempt whose commit is accepted is moved into place.
    /// </summary>
    public async Task<(ShardSummary Summary, List<QuarantinedRecord> Quarantined)> WriteAsync(Shard shard, string suffix, CancellationToken cancellationToken)
    {
        var cleanPath = state.CleanPath(shard.RelativePath);
        var partialClean = cleanPath + suffix;
        var partialManifest = state.ManifestPart(shard.RelativePath) + suffix;
        Delete(partialClean);
        Directory.CreateDirectory(Path.GetDirectoryName(cleanPath)!);

        var tally = new ShardTally(shard, options.FindingSink is null ? 0 : options.EvidenceBytesPerShard);
        var quarantined = new List<QuarantinedRecord>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            var writer = options.DryRun ? null : shard.Format.CreateWriter(shard.SourcePath, partialClean);
            try
            {
                var manifest = new FileStream(partialManifest, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                await using (manifest.ConfigureAwait(false))
                {
                    var read = Channel.CreateBounded<RecordBatch>(new BoundedChannelOptions(ChannelCapacity) { SingleReader = true, SingleWriter = true });
                    var checkedBatches = Channel.CreateBounded<(RecordBatch Batch, Task<RecordOutcome[]> Outcomes)>(new BoundedChannelOptions(ChannelCapacity) { SingleReader = true, SingleWriter = true });
                    var reading = Task.Run(() => ReadAsync(shard, read.Writer, stop.Token), stop.Token);
                    var checking = Task.Run(() => QueueChecksAsync(read.Reader, checkedBatches.Writer, stop.Token), stop.Token);
                    try
                    {
                        await foreach (var (batch, checks) in checkedBatches.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
                        {
                            var outcomes = await checks.ConfigureAwait(false);
                            var keep = new bool[outcomes.Length];
                            for (var i = 0; i < outcomes.Length; i++)
                            {
                                keep[i] = outcomes[i].IsClean;
                                if (tally.Add(batch.Records[i], outcomes[i]) is { } entry)
                                {
                                    QuarantineManifest.WriteLine(manifest, entry);
                                    quarantined.Add(entry);
                                }
                            }

                            if (writer is not null)
                            {
                                await writer.WriteAsync(batch, keep, stop.Token).ConfigureAwait(false);
                            }

                            options.Progress?.RecordsChecked(outcomes.Length);
                        }
                    }
                    finally
                    {
                        await stop.CancelAsync().ConfigureAwait(false);
                        // Both are awaited again below, which decides what a failure means.
                        await Task.WhenAll(Quietly.WaitAsync(reading), Quietly.WaitAsync(checking)).ConfigureAwait(false);
                    }

                    await reading.ConfigureAwait(false);
                    await checking.ConfigureAwait(false);
                    if (writer is not null)
                    {
                        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
                    }
                }
            }
            finally
            {
                if (writer is not null)
                {
                    await writer.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OutOfMemoryException)
        {
            Delete(partialClean);
            Delete(partialManifest);
            var cause = e is ChannelClosedException { InnerException: { } inner } ? inner : e;
            var message = cause is MalformedShardException ? cause.Message : $"{cause.GetType().Name}: {cause.Message}";
            return (new ShardSummary(shard.RelativePath, shard.Format.Name) { Error = message }, []);
        }
        catch
        {
            Delete(partialClean);
            Delete(partialManifest);
            throw;
        }

        return (tally.ToSummary(), quarantined);
    }

    /// <summary>Moves a shard's finished temporary outputs (those written with <paramref name="suffix"/>) into place.</summary>
    public static void Commit(ScanState state, string relativePath, string suffix)
    {
        var cleanPath = state.CleanPath(relativePath);
        if (File.Exists(cleanPath + suffix) || Directory.Exists(cleanPath + suffix))
        {
            MoveIntoPlace(cleanPath + suffix, cleanPath);
        }

        var manifestPath = state.ManifestPart(relativePath);
        if (File.Exists(manifestPath + suffix))
        {
            File.Move(manifestPath + suffix, manifestPath, overwrite: true);
        }
    }

    /// <summary>Removes a shard's temporary outputs written with <paramref name="suffix"/> (an attempt that lost).</summary>
    public static void Discard(ScanState state, string relativePath, string suffix)
    {
        Delete(state.CleanPath(relativePath) + suffix);
        Delete(state.ManifestPart(relativePath) + suffix);
        Delete(state.CheckpointFile(relativePath) + suffix);
    }

    private async Task ReadAsync(Shard shard, ChannelWriter<RecordBatch> output, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var batch in shard.Format.ReadAsync(shard.SourcePath, options.Columns, !options.DryRun, cancellationToken).ConfigureAwait(false))
            {
                await output.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
            }

            output.Complete();
        }
        catch (Exception e)
        {
            output.Complete(e);
            throw;
        }
    }

    /// <summary>
    /// Hands each batch to the checker as soon as it is read, without waiting for the batch before it to finish: the
    /// checker works through batches in order, and the cores that finish a batch's last chunks early start the next.
    /// </summary>
    private async Task QueueChecksAsync(ChannelReader<RecordBatch> input, ChannelWriter<(RecordBatch, Task<RecordOutcome[]>)> output, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var batch in input.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await output.WriteAsync((batch, checker.CheckAsync(batch.Records, cancellationToken)), cancellationToken).ConfigureAwait(false);
            }

            output.Complete();
        }
        catch (Exception e)
        {
            output.Complete(e);
            throw;
        }
    }

    /// <summary>Moves a finished copy into place: a file by rename; an image folder file by file into the shard's folder.</summary>
    private static void MoveIntoPlace(string partial, string final)
    {
        if (File.Exists(partial))
        {
            File.Move(partial, final, overwrite: true);
            return;
        }

        Directory.CreateDirectory(final);
        foreach (var file in Directory.EnumerateFiles(partial))
        {
            File.Move(file, Path.Combine(final, Path.GetFileName(file)), overwrite: true);
        }

        Directory.Delete(partial, recursive: true);
    }

    private static void Delete(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        else if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
