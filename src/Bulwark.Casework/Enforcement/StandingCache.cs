using System.Collections.Concurrent;

namespace Bulwark.Casework.Enforcement;

/// <summary>
/// A short-lived, in-process cache of account standings, so the gateway's per-request check rarely touches the
/// database. Writes through <see cref="EnforcementService"/> in this process invalidate the entry at once; writes
/// made by another process (another replica, the CLI) are seen after at most the TTL. An entry never outlives a
/// suspension's end, so an expired suspension is lifted on time.
/// </summary>
internal sealed class StandingCache(TimeProvider time, TimeSpan ttl)
{
    private const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<AccountRef, (AccountStanding Standing, DateTimeOffset Expires)> _entries = new();
    private long _generation;

    /// <summary>
    /// Changes on every invalidation. A reader takes it before querying and passes it to <see cref="Set"/>, so a
    /// standing read before a concurrent write cannot be cached after that write's invalidation.
    /// </summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(AccountRef account, out AccountStanding standing)
    {
        if (_entries.TryGetValue(account, out var entry) && entry.Expires > time.GetUtcNow())
        {
            standing = entry.Standing;
            return true;
        }

        standing = AccountStanding.Good;
        return false;
    }

    public void Set(AccountRef account, AccountStanding standing, long generation)
    {
        if (ttl <= TimeSpan.Zero || generation != Generation)
        {
            return;
        }

        if (_entries.Count >= MaxEntries)
        {
            // Bounded memory under a flood of distinct user ids: dropping everything only costs a few database reads.
            _entries.Clear();
        }

        var expires = time.GetUtcNow() + ttl;
        if (standing.Until is { } until && until < expires)
        {
            expires = until;
        }

        _entries[account] = (standing, expires);
    }

    public void Invalidate(AccountRef account)
    {
        Interlocked.Increment(ref _generation);
        _entries.TryRemove(account, out _);
    }
}
