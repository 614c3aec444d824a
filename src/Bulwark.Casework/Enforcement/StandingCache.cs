namespace Bulwark.Casework.Enforcement;

/// <summary>
/// The account standings cache (<see cref="ReadThroughCache{TKey, TValue}"/>), so the gateway's per-request check
/// rarely touches the database. An entry never outlives a suspension's end, so an expired suspension is lifted on time.
/// </summary>
internal sealed class StandingCache(TimeProvider time, TimeSpan ttl)
{
    private const int MaxEntries = 100_000;

    private readonly ReadThroughCache<AccountRef, AccountStanding> _entries = new(time, ttl, MaxEntries);

    /// <inheritdoc cref="ReadThroughCache{TKey, TValue}.Generation"/>
    public long Generation => _entries.Generation;

    public bool TryGet(AccountRef account, out AccountStanding standing)
    {
        var found = _entries.TryGet(account, out var cached);
        standing = found ? cached! : AccountStanding.Good;
        return found;
    }

    public void Set(AccountRef account, AccountStanding standing, long generation) => _entries.Set(account, standing, generation, standing.Until);

    public void Invalidate(AccountRef account) => _entries.Invalidate(account);
}
