namespace Bulwark.Scanning.Cluster.Leases;

/// <summary>
/// Who works on which shard: each shard is leased to one attempt at a time for a limited time, renewed by the
/// attempt's heartbeats; a lease that runs out (its silo died or stalled) lets the shard be leased again. The first
/// completion of a shard by an attempt this book issued is accepted and every later one refused, so a shard is
/// committed once however many attempts ran. Not thread-safe: the coordinator grain calls it one call at a time.
/// </summary>
internal sealed class ShardLeaseBook
{
    private readonly Slot[] _slots;
    private readonly TimeSpan _duration;
    private readonly TimeProvider _time;

    // Attempt ids must not repeat across coordinator activations: a restarted coordinator issues new ids, so a
    // completion from an attempt the previous activation issued is never mistaken for one of its own.
    private readonly string _activation = Guid.NewGuid().ToString("N")[..8];
    private long _attempts;

    public ShardLeaseBook(int shards, TimeSpan duration, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(shards);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        _slots = [.. Enumerable.Range(0, shards).Select(_ => new Slot())];
        _duration = duration;
        _time = time;
    }

    public int Committed => _slots.Count(slot => slot.CommittedBy is not null);

    public bool AllCommitted => _slots.All(slot => slot.CommittedBy is not null);

    /// <summary>Records a shard found committed (its checkpoint exists) when the coordinator rebuilds its state.</summary>
    public void MarkCommitted(int shard, string attempt) => _slots[shard].CommittedBy = attempt;

    /// <summary>Leases the first shard that is neither committed nor under a live lease; null when there is none.</summary>
    public (int Shard, string Attempt, DateTimeOffset Expires)? TryLease(string holder)
    {
        var now = _time.GetUtcNow();
        for (var i = 0; i < _slots.Length; i++)
        {
            var slot = _slots[i];
            if (slot.CommittedBy is null && (slot.Attempt is null || slot.Expires <= now))
            {
                slot.Attempt = $"{_activation}-{++_attempts}";
                slot.Holder = holder;
                slot.Expires = now + _duration;
                slot.Issued.Add(slot.Attempt);
                return (i, slot.Attempt, slot.Expires);
            }
        }

        return null;
    }

    /// <summary>
    /// Extends the attempt's lease. False when the attempt no longer holds the shard (it was committed, or leased
    /// to another attempt after this one's lease ran out): the attempt should stop and throw its work away.
    /// </summary>
    public bool Renew(int shard, string attempt)
    {
        var slot = _slots[shard];
        if (slot.CommittedBy is not null || slot.Attempt != attempt)
        {
            return false;
        }

        slot.Expires = _time.GetUtcNow() + _duration;
        return true;
    }

    /// <summary>
    /// Whether the attempt may commit the shard: only if the shard is not committed yet and the attempt was issued
    /// by this book (even if its lease ran out meanwhile: its output is as good as any other attempt's).
    /// </summary>
    public bool MayCommit(int shard, string attempt)
    {
        var slot = _slots[shard];
        return slot.CommittedBy is null && slot.Issued.Contains(attempt);
    }

    /// <summary>Whether the shard was committed by this very attempt (a retried completion whose answer was lost).</summary>
    public bool CommittedBy(int shard, string attempt) => _slots[shard].CommittedBy == attempt;

    /// <summary>Ends the attempt's lease early (its output was refused or missing), so the shard can be leased again.</summary>
    public void Release(int shard, string attempt)
    {
        var slot = _slots[shard];
        if (slot.Attempt == attempt)
        {
            slot.Attempt = null;
        }
    }

    private sealed class Slot
    {
        public string? Attempt { get; set; }

        public string? Holder { get; set; }

        public DateTimeOffset Expires { get; set; }

        public string? CommittedBy { get; set; }

        public HashSet<string> Issued { get; } = new(StringComparer.Ordinal);
    }
}
