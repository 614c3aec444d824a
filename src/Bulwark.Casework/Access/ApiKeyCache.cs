using System.Collections.Concurrent;

namespace Bulwark.Casework.Access;

/// <summary>
/// A short-lived, in-process cache of authenticated keys, keyed by the key's SHA-256, so the gateway's per-request
/// key check rarely touches the database. Only keys that authenticated are kept: an unknown key is looked up every
/// time, so a key created by the CLI or another replica works at once. A revocation through
/// <see cref="ApiKeyService"/> in this process empties the cache at once; one made by another process is seen after at
/// most the TTL.
/// </summary>
internal sealed class ApiKeyCache(TimeProvider time, TimeSpan ttl)
{
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, (ApiKeyIdentity Identity, DateTimeOffset Expires)> _entries = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>
    /// Changes on every invalidation. A reader takes it before querying and passes it to <see cref="Set"/>, so a key
    /// read before a concurrent revocation cannot be cached after that revocation emptied the cache.
    /// </summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(string keyHash, out ApiKeyIdentity? identity)
    {
        if (_entries.TryGetValue(keyHash, out var entry) && entry.Expires > time.GetUtcNow())
        {
            identity = entry.Identity;
            return true;
        }

        identity = null;
        return false;
    }

    public void Set(string keyHash, ApiKeyIdentity identity, long generation)
    {
        if (ttl <= TimeSpan.Zero || generation != Generation)
        {
            return;
        }

        if (_entries.Count >= MaxEntries)
        {
            // Bounded memory: only valid keys are kept, so this many means a very large fleet; a clear costs a few reads.
            _entries.Clear();
        }

        _entries[keyHash] = (identity, time.GetUtcNow() + ttl);
    }

    /// <summary>Forgets every key: revocations are rare, and a key's hash is not known from its id.</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }
}
