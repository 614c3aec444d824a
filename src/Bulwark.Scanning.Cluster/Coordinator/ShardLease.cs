namespace Bulwark.Scanning.Cluster.Coordinator;

/// <summary>What a silo asking for work is told.</summary>
[GenerateSerializer, Alias("bulwark.scan.lease-status")]
internal enum LeaseStatus
{
    /// <summary>The coordinator has no plan (it was just activated, perhaps on another silo): send the plan again.</summary>
    NotOpen,

    /// <summary>A shard is leased to the caller.</summary>
    Leased,

    /// <summary>Every remaining shard is leased to someone else: ask again shortly (a lease may run out).</summary>
    Wait,

    /// <summary>Every shard is committed and the manifest and reports are written.</summary>
    Finished,
}

/// <summary>A coordinator's answer to a request for work: when <see cref="Status"/> is Leased, the shard and the attempt's id.</summary>
[GenerateSerializer, Immutable, Alias("bulwark.scan.lease")]
internal sealed record ShardLease(
    [property: Id(0)] LeaseStatus Status,
    [property: Id(1)] int Shard = -1,
    [property: Id(2)] string Attempt = "")
{
    public static ShardLease NotOpen { get; } = new(LeaseStatus.NotOpen);

    public static ShardLease Wait { get; } = new(LeaseStatus.Wait);

    public static ShardLease Finished { get; } = new(LeaseStatus.Finished);
}

/// <summary>A coordinator's answer to a completed attempt.</summary>
[GenerateSerializer, Alias("bulwark.scan.completion")]
internal enum Completion
{
    /// <summary>The coordinator has no plan: send it again, then the completion.</summary>
    NotOpen,

    /// <summary>The attempt's outputs were moved into place and its checkpoint written: the shard is committed.</summary>
    Committed,

    /// <summary>The shard was committed by another attempt, or this attempt is not one the coordinator leased; its files were removed.</summary>
    Refused,
}
