namespace Bulwark.Scanning.Running;

/// <summary>The whole scan: every shard in input order, and the totals.</summary>
public sealed record ScanSummary(IReadOnlyList<ShardSummary> Shards, bool DryRun, string Fingerprint)
{
    public long Records => Shards.Sum(shard => shard.Records);

    public long Clean => Shards.Sum(shard => shard.Clean);

    public long Quarantined => Shards.Sum(shard => shard.Quarantined);

    public long Unreadable => Shards.Sum(shard => shard.Unreadable);

    public int MalformedShards => Shards.Count(shard => shard.Error is not null);

    public IReadOnlyDictionary<string, long> ByCheck => Merge(shard => shard.ByCheck);

    public IReadOnlyDictionary<string, long> ByRule => Merge(shard => shard.ByRule);

    private SortedDictionary<string, long> Merge(Func<ShardSummary, IReadOnlyDictionary<string, long>> counts)
    {
        var merged = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (key, count) in Shards.SelectMany(counts))
        {
            merged[key] = merged.GetValueOrDefault(key) + count;
        }

        return merged;
    }
}
