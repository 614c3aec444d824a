namespace Bulwark.Scanning.Cluster.Coordinator;

/// <summary>
/// One cluster scan's coordinator, keyed by the scan's id: leases shards to silos and commits each shard once.
/// Its state lives in memory; the checkpoints in the shared output folder are the truth it rebuilds from.
/// </summary>
[Alias("bulwark.scan.coordinator")]
internal interface IScanCoordinatorGrain : IGrainWithStringKey
{
    /// <summary>Opens (or checks a silo's plan against) the scan; the reason when the plan is refused, else null.</summary>
    [Alias("open")]
    Task<string?> OpenAsync(ScanPlan plan);

    [Alias("lease")]
    Task<ShardLease> LeaseAsync(string holder);

    /// <summary>A heartbeat: false when the attempt has lost the shard and should stop.</summary>
    [Alias("renew")]
    Task<bool> RenewAsync(int shard, string attempt);

    /// <summary>The attempt wrote its outputs and pending checkpoint under its own names: commit them, or refuse.</summary>
    [Alias("complete")]
    Task<Completion> CompleteAsync(int shard, string attempt);
}
