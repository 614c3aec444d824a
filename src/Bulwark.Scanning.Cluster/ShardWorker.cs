using Bulwark.Scanning.Cluster.Coordinator;
using Bulwark.Scanning.Running;

namespace Bulwark.Scanning.Cluster;

/// <summary>
/// One silo's work loop: lease a shard, scan it into the attempt's own temporary names while heartbeating the lease,
/// write the attempt's pending checkpoint, and ask the coordinator to commit; repeat until the scan is finished.
/// Several loops run at once on a machine, like the single-machine scanner's shards in parallel.
/// </summary>
internal sealed class ShardWorker(
    IScanCoordinatorGrain coordinator,
    ScanPlan plan,
    IReadOnlyList<Shard> shards,
    ScanState state,
    ShardProcessor processor,
    ScanOptions options,
    string holder,
    Func<int, CancellationToken, Task>? onLeased)
{
    private TimeSpan Pause => TimeSpan.FromMilliseconds(Math.Clamp(plan.LeaseDuration.TotalMilliseconds / 4, 50, 1000));

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Once the reports are written the coordinator has nothing left to say, and its silo may be gone already.
            if (FinishedOnDisk())
            {
                return;
            }

            ShardLease lease;
            try
            {
                lease = await coordinator.LeaseAsync(holder).ConfigureAwait(false);
                if (lease.Status == LeaseStatus.NotOpen)
                {
                    await ClusterScanner.OpenAsync(coordinator, plan).ConfigureAwait(false);
                    continue;
                }
            }
            catch (Exception e) when (IsTransient(e))
            {
                // The coordinator's silo may be leaving; the next call activates it elsewhere.
                await Task.Delay(Pause, cancellationToken).ConfigureAwait(false);
                continue;
            }

            switch (lease.Status)
            {
                case LeaseStatus.Finished:
                    return;
                case LeaseStatus.Wait:
                    await Task.Delay(Pause, cancellationToken).ConfigureAwait(false);
                    break;
                case LeaseStatus.Leased:
                    await WorkAsync(lease, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    private async Task WorkAsync(ShardLease lease, CancellationToken cancellationToken)
    {
        var shard = shards[lease.Shard];
        var suffix = ScanCoordinator.SuffixOf(lease.Attempt);
        using var work = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var beating = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = HeartbeatAsync(lease, work, beating.Token);
        ShardSummary summary;
        List<QuarantinedRecord> quarantined;
        try
        {
            if (onLeased is not null)
            {
                await onLeased(lease.Shard, work.Token).ConfigureAwait(false);
            }

            (summary, quarantined) = await processor.WriteAsync(shard, suffix, work.Token).ConfigureAwait(false);
            await state.WritePendingCheckpointAsync(shard.RelativePath, summary, suffix, work.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Either this silo is leaving or the lease was lost; a lost lease's work is thrown away, the loop goes on.
            ShardProcessor.Discard(state, shard.RelativePath, suffix);
            cancellationToken.ThrowIfCancellationRequested();
            return;
        }
        finally
        {
            await beating.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
        }

        if (await CompleteAsync(lease, cancellationToken).ConfigureAwait(false) != Completion.Committed)
        {
            ShardProcessor.Discard(state, shard.RelativePath, suffix);
            return;
        }

        if (options.FindingSink is { } sink)
        {
            foreach (var record in quarantined)
            {
                await sink.RecordAsync(record, cancellationToken).ConfigureAwait(false);
            }
        }

        options.Progress?.ShardFinished(summary);
    }

    private async Task<Completion> CompleteAsync(ShardLease lease, CancellationToken cancellationToken)
    {
        // Retried while the coordinator moves between silos; a commit whose answer was lost is reported again as committed.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var completion = await coordinator.CompleteAsync(lease.Shard, lease.Attempt).ConfigureAwait(false);
                if (completion != Completion.NotOpen)
                {
                    return completion;
                }

                await ClusterScanner.OpenAsync(coordinator, plan).ConfigureAwait(false);
            }
            catch (Exception e) when (IsTransient(e) && attempt < 10)
            {
                // The scan may have finished while the answer was lost (the coordinator's silo left): the shard is
                // committed, but by this attempt or another is unknown, so its findings are not sent from here.
                if (FinishedOnDisk())
                {
                    return Completion.Refused;
                }

                await Task.Delay(Pause, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Renews the lease until told to stop; when the coordinator says the lease is lost, cancels the work.</summary>
    private async Task HeartbeatAsync(ShardLease lease, CancellationTokenSource work, CancellationToken stop)
    {
        var interval = plan.LeaseDuration / 3;
        try
        {
            while (true)
            {
                await Task.Delay(interval, stop).ConfigureAwait(false);
                try
                {
                    if (!await coordinator.RenewAsync(lease.Shard, lease.Attempt).ConfigureAwait(false))
                    {
                        await work.CancelAsync().ConfigureAwait(false);
                        return;
                    }
                }
                catch (Exception e) when (IsTransient(e))
                {
                    // A missed heartbeat is not a lost lease; the next one may get through.
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the work is done or abandoned.
        }
    }

    /// <summary>Every shard committed and the reports written (the report's HTML page is the last file the coordinator writes).</summary>
    private bool FinishedOnDisk() =>
        File.Exists(Path.Combine(state.OutputDirectory, Bulwark.Scanning.Reports.ScanReportHtml.FileName)) &&
        plan.Shards.All(shard => File.Exists(state.CheckpointFile(shard)));

    private static bool IsTransient(Exception e) => e is OrleansException or TimeoutException;
}
