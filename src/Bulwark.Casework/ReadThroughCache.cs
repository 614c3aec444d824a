using System.Collections.Concurrent;

namespace Bulwark.Casework;

/// <summary>
/// A short-lived, in-process cache in front of a database read that every gateway request makes (an account's
/// standing, a key's identity). Writes through the owning service in this process invalidate at once; writes by
/// another process (another replica, the CLI) are seen after at most the TTL. Thread-safe.
/// </summary>
internal sealed class ReadThroughCache<TKey, TValue>(TimeProvider time, TimeSpan ttl, int maxEntries)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (TValue Value, DateTimeOffset Expires)> _entries = new();
    private long _generation;

    /// <summary>
    /// Changes on every invalidation. A reader takes it before querying and passes it to <see cref="Set"/>, so a value
    /// read before a concurrent write cannot be cached after that write's invalidation.
    /// </summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(TKey key, out TValue? value)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Expires > time.GetUtcNow())
        {
            value = entry.Value;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Caches <paramref name="value"/> for the TTL, or only until <paramref name="notAfter"/> when that is sooner.</summary>
    public void Set(TKey key, TValue value, long generation, DateTimeOffset? notAfter = null)
    {
        if (ttl <= TimeSpan.Zero || generation != Generation)
        {
            return;
        }

        if (_entries.Count >= maxEntries)
        {
            // Bounded memory under a flood of distinct keys: dropping everything only costs a few database reads.
            _entries.Clear();
        }

        var expires = time.GetUtcNow() + ttl;
        _entries[key] = (value, notAfter is { } end && end < expires ? end : expires);
    }

    public void Invalidate(TKey key)
    {
        Interlocked.Increment(ref _generation);
        _entries.TryRemove(key, out _);
    }

    /// <summary>Forgets every entry (when the key of what changed is not known).</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }
}
