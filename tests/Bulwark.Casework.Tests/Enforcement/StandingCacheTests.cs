using Bulwark.Casework.Enforcement;
using Microsoft.Extensions.Time.Testing;

namespace Bulwark.Casework.Tests.Enforcement;

public sealed class StandingCacheTests
{
    private static readonly AccountRef User = new("acme", "user-42");
    private static readonly AccountStanding Banned = new(StandingKind.Banned, null, "banned");

    [Fact]
    public void A_standing_read_before_an_invalidation_is_not_cached_after_it()
    {
        var cache = new StandingCache(new FakeTimeProvider(), TimeSpan.FromSeconds(5));
        var generationAtRead = cache.Generation;

        cache.Invalidate(User);
        cache.Set(User, AccountStanding.Good, generationAtRead);

        Assert.False(cache.TryGet(User, out _));
    }

    [Fact]
    public void A_cached_suspension_is_not_served_past_its_end()
    {
        var time = new FakeTimeProvider();
        var cache = new StandingCache(time, TimeSpan.FromMinutes(5));
        cache.Set(User, new AccountStanding(StandingKind.Suspended, time.GetUtcNow().AddSeconds(30), "suspended"), cache.Generation);

        Assert.True(cache.TryGet(User, out var standing));
        Assert.Equal(StandingKind.Suspended, standing.Kind);
        time.Advance(TimeSpan.FromSeconds(30));
        Assert.False(cache.TryGet(User, out _));
    }

    [Fact]
    public void Zero_ttl_disables_the_cache()
    {
        var cache = new StandingCache(new FakeTimeProvider(), TimeSpan.Zero);

        cache.Set(User, Banned, cache.Generation);

        Assert.False(cache.TryGet(User, out _));
    }
}
