using Bulwark.Scanning.Cluster.Leases;
using Bulwark.Scanning.Running;

namespace Bulwark.Scanning.Cluster.Coordinator;

/// <summary>
/// A cluster scan's coordination, free of Orleans so it can be tested alone. It leases shards
/// (<see cref="ShardLeaseBook"/>) and commits each shard exactly once: an attempt writes its outputs and a pending
/// checkpoint under names of its own, and only an accepted completion moves them into place and renames the
/// checkpoint (the commit, as on one machine). A refused attempt's files are deleted. When the last shard is
/// committed the coordinator writes the manifest and reports. Calls must not overlap (the grain sees to that).
/// </summary>
internal sealed class ScanCoordinator(TimeProvider time)
{
    private ScanPlan? _plan;
    private ScanState? _state;
    private ShardLeaseBook? _book;
    private bool _finished;

    public bool IsOpen => _plan is not null;

    /// <summary>The temporary-name suffix of an attempt's files (ends in <c>.partial</c>, so <c>--resume</c> cleans it up).</summary>
    public static string SuffixOf(string attempt) => $".{attempt}{ScanState.PartialSuffix}";

    /// <summary>
    /// Opens the scan from the first plan a silo sends, rebuilding what is committed from the checkpoints in the
    /// output folder (the coordinator may have been reactivated on another silo); later plans must be the same scan.
    /// </summary>
    /// <exception cref="ScanSetupException">The plan differs from the open one, or the folder holds another scan.</exception>
    public async Task OpenAsync(ScanPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (_plan is not null)
        {
            if (!_plan.SameScanAs(plan))
            {
                throw new ScanSetupException("This silo's scan differs from the cluster's (inputs, output folder or settings); run every silo with the same command.");
            }

            return;
        }

        var state = new ScanState(plan.OutputDirectory);
        await state.OpenOrJoinAsync(plan.Fingerprint, cancellationToken).ConfigureAwait(false);
        var book = new ShardLeaseBook(plan.Shards.Count, plan.LeaseDuration, time);
        for (var i = 0; i < plan.Shards.Count; i++)
        {
            if (File.Exists(state.CheckpointFile(plan.Shards[i])))
            {
                book.MarkCommitted(i, "earlier");
            }
        }

        (_plan, _state, _book) = (plan, state, book);
        if (book.AllCommitted)
        {
            await FinishAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public ShardLease Lease(string holder)
    {
        if (_book is null)
        {
            return ShardLease.NotOpen;
        }

        if (_finished)
        {
            return ShardLease.Finished;
        }

        return _book.TryLease(holder) is { } lease ? new ShardLease(LeaseStatus.Leased, lease.Shard, lease.Attempt) : ShardLease.Wait;
    }

    public bool Renew(int shard, string attempt) => _book is not null && InRange(shard) && _book.Renew(shard, attempt);

    public async Task<Completion> CompleteAsync(int shard, string attempt, CancellationToken cancellationToken)
    {
        if (_plan is null || _state is null || _book is null)
        {
            return Completion.NotOpen;
        }

        if (!InRange(shard))
        {
            return Completion.Refused;
        }

        if (_book.CommittedBy(shard, attempt))
        {
            return Completion.Committed;
        }

        var path = _plan.Shards[shard];
        var suffix = SuffixOf(attempt);

        // The checkpoint file is the commit record: never replace one, whatever the lease book says.
        if (!_book.MayCommit(shard, attempt) || File.Exists(_state.CheckpointFile(path)) || !_state.HasPendingCheckpoint(path, suffix))
        {
            ShardProcessor.Discard(_state, path, suffix);
            _book.Release(shard, attempt);
            return Completion.Refused;
        }

        ShardProcessor.Commit(_state, path, suffix);
        _state.CommitCheckpoint(path, suffix);
        _book.MarkCommitted(shard, attempt);
        if (_book.AllCommitted)
        {
            await FinishAsync(cancellationToken).ConfigureAwait(false);
        }

        return Completion.Committed;
    }

    /// <summary>Writes the manifest and reports from the checkpoints, in shard order, and removes stray temporary files.</summary>
    private async Task FinishAsync(CancellationToken cancellationToken)
    {
        var summaries = new List<ShardSummary>(_plan!.Shards.Count);
        foreach (var path in _plan.Shards)
        {
            summaries.Add(await _state!.ReadCheckpointAsync(path, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The checkpoint of shard {path} is missing or not this shard's."));
        }

        await ScanOutputs.WriteAsync(_state!, new ScanSummary(summaries, _plan.DryRun, _plan.Fingerprint), cancellationToken).ConfigureAwait(false);

        // Attempts still running elsewhere will be refused; their leftovers must not stay in clean/.
        _state!.RemovePartials();
        _finished = true;
    }

    private bool InRange(int shard) => shard >= 0 && shard < _plan!.Shards.Count;
}
