namespace Bulwark.Scanning.Running;

/// <summary>
/// What one shard came to. For a shard that was read, <c>Records == Clean + Quarantined + Unreadable</c>; a
/// malformed shard has <see cref="Error"/> set, no counts and no outputs.
/// </summary>
public sealed record ShardSummary(string Shard, string Format)
{
    public long Records { get; init; }

    public long Clean { get; init; }

    public long Quarantined { get; init; }

    public long Unreadable { get; init; }

    /// <summary>Records flagged per check ("url", "md5", "pdq" …); a record flagged by two checks counts under both.</summary>
    public IReadOnlyDictionary<string, long> ByCheck { get; init; } = new SortedDictionary<string, long>(StringComparer.Ordinal);

    /// <summary>Records flagged per check and rule ("pdq/bank-name", "caption/csam_solicitation" …).</summary>
    public IReadOnlyDictionary<string, long> ByRule { get; init; } = new SortedDictionary<string, long>(StringComparer.Ordinal);

    /// <summary>Why the shard could not be read; null when it was.</summary>
    public string? Error { get; init; }

    public bool Reconciles => Error is not null || Records == Clean + Quarantined + Unreadable;
}
