using Bulwark.Casework.Enforcement;
using Bulwark.Casework.Tests.Support;
using Bulwark.Detection.Policy;

namespace Bulwark.Casework.Tests.Enforcement;

public sealed class EnforcementServiceTests
{
    // minor_sexualisation climbs the standard ladder (warning, strike, 7d, 30d, ban); csam_solicitation climbs the
    // severe ladder and is listed under immediate_ban in the shipped policy.
    private const string StandardCategory = "minor_sexualisation";
    private const string ImmediateBanCategory = "csam_solicitation";

    private static readonly ScreeningPolicy Policy = new PolicyLoader().LoadDefault();
    private static readonly AccountRef User = new("acme", "user-42");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Violations_climb_the_ladder_in_order_and_suspensions_expire(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var enforcement = database.Get<EnforcementService>();
        Assert.Equal(AccountStanding.Good, await enforcement.GetStandingAsync(User));

        var warning = await Apply(enforcement, StandardCategory, ViolationSource.Automated);
        Assert.Equal(EnforcementKind.Warning, warning.Kind);
        Assert.Equal(Policy.ToString(), warning.PolicyVersion);
        Assert.Equal(StandingKind.Warned, (await enforcement.GetStandingAsync(User)).Kind);

        Assert.Equal(EnforcementKind.Strike, (await Apply(enforcement, StandardCategory, ViolationSource.Automated)).Kind);

        var suspension = await Apply(enforcement, StandardCategory, ViolationSource.ReviewerConfirmed);
        Assert.Equal(EnforcementKind.Suspension, suspension.Kind);
        Assert.Equal(database.Time.GetUtcNow() + TimeSpan.FromDays(7), suspension.EndsAt);
        var suspended = await enforcement.GetStandingAsync(User);
        Assert.Equal(StandingKind.Suspended, suspended.Kind);
        Assert.True(suspended.IsRefused);
        Assert.Equal(suspension.EndsAt, suspended.Until);

        database.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
        Assert.Equal(StandingKind.Warned, (await enforcement.GetStandingAsync(User)).Kind);

        var second = await Apply(enforcement, StandardCategory, ViolationSource.Automated);
        Assert.Equal(database.Time.GetUtcNow() + TimeSpan.FromDays(30), second.EndsAt);
        Assert.Equal(EnforcementKind.Ban, (await Apply(enforcement, StandardCategory, ViolationSource.Automated)).Kind);
        Assert.Equal(EnforcementKind.Ban, (await Apply(enforcement, StandardCategory, ViolationSource.Automated)).Kind);
        Assert.Equal(StandingKind.Banned, (await enforcement.GetStandingAsync(User)).Kind);
        Assert.Equal([1, 2, 3, 4, 5, 6], (await enforcement.GetHistoryAsync(User)).Select(a => a.ViolationNumber));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Automated_violation_of_an_immediate_ban_category_only_climbs_the_ladder(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var enforcement = database.Get<EnforcementService>();

        var action = await Apply(enforcement, ImmediateBanCategory, ViolationSource.Automated);

        Assert.Equal(EnforcementKind.Strike, action.Kind);
        Assert.Equal("severe", action.LadderId);
        Assert.False((await enforcement.GetStandingAsync(User)).IsRefused);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reviewer_confirmed_or_exact_hash_violation_of_an_immediate_ban_category_bans_at_once(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var enforcement = database.Get<EnforcementService>();
        var other = new AccountRef("acme", "user-7");

        var confirmed = await Apply(enforcement, ImmediateBanCategory, ViolationSource.ReviewerConfirmed);
        var matched = await enforcement.ApplyViolationAsync(Policy, other, "known_image_match", ViolationSource.ExactKnownHashMatch, "gateway");

        Assert.Equal(EnforcementKind.Ban, confirmed.Kind);
        Assert.Null(confirmed.LadderId);
        Assert.Equal(EnforcementKind.Ban, matched!.Kind);
        Assert.Equal(StandingKind.Banned, (await enforcement.GetStandingAsync(User)).Kind);
        Assert.Equal(StandingKind.Banned, (await enforcement.GetStandingAsync(other)).Kind);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reversal_restores_standing_and_is_recorded_not_deleted(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var enforcement = database.Get<EnforcementService>();
        var ban = await Apply(enforcement, ImmediateBanCategory, ViolationSource.ReviewerConfirmed);
        Assert.True((await enforcement.GetStandingAsync(User)).IsRefused);

        Assert.True(await enforcement.ReverseAsync(ban.Id, "lead-1", "appeal upheld: misread context"));

        Assert.Equal(AccountStanding.Good, await enforcement.GetStandingAsync(User));
        var history = Assert.Single(await enforcement.GetHistoryAsync(User));
        Assert.Equal("lead-1", history.ReversedBy);
        Assert.Equal(database.Time.GetUtcNow(), history.ReversedAt);
        Assert.False(await enforcement.ReverseAsync(ban.Id, "lead-1", "again"));

        // A reversed action no longer counts: the next violation takes the first rung again.
        Assert.Equal(1, (await Apply(enforcement, StandardCategory, ViolationSource.Automated)).ViolationNumber);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Concurrent_violations_take_successive_rungs(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var enforcement = database.Get<EnforcementService>();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Apply(enforcement, StandardCategory, ViolationSource.Automated))));

        var history = await enforcement.GetHistoryAsync(User);
        Assert.Equal([1, 2, 3, 4], history.Select(a => a.ViolationNumber).Order());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_action_carries_a_plain_statement_of_reasons(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var enforcement = database.Get<EnforcementService>();
        await Apply(enforcement, StandardCategory, ViolationSource.Automated);
        await Apply(enforcement, StandardCategory, ViolationSource.Automated);

        var suspension = await Apply(enforcement, StandardCategory, ViolationSource.ReviewerConfirmed);

        Assert.Contains("suspended until 2026-12-04 12:00 UTC", suspension.StatementOfReasons, StringComparison.Ordinal);
        Assert.Contains("'minor_sexualisation'", suspension.StatementOfReasons, StringComparison.Ordinal);
        Assert.Contains("human reviewer", suspension.StatementOfReasons, StringComparison.Ordinal);
        Assert.Contains("appeal", suspension.StatementOfReasons, StringComparison.Ordinal);
        Assert.Equal(suspension.StatementOfReasons, (await enforcement.GetStandingAsync(User)).StatementOfReasons);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unknown_category_is_refused_and_records_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var enforcement = database.Get<EnforcementService>();

        await Assert.ThrowsAsync<ArgumentException>(() => enforcement.ApplyViolationAsync(Policy, User, "no_such_category", ViolationSource.Automated, "gateway"));

        Assert.Empty(await enforcement.GetHistoryAsync(User));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_replicas_write_is_seen_once_the_standing_cache_ttl_has_passed(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var replicaA = database.Get<EnforcementService>();
        var replicaB = new EnforcementService(
            database.Get<Microsoft.EntityFrameworkCore.IDbContextFactory<Bulwark.Casework.Storage.CaseworkDbContext>>(),
            database.Get<Bulwark.Casework.Audit.AuditLog>(),
            database.Time,
            new CaseworkOptions());
        Assert.Equal(AccountStanding.Good, await replicaA.GetStandingAsync(User));

        await replicaB.ApplyViolationAsync(Policy, User, ImmediateBanCategory, ViolationSource.ReviewerConfirmed, "reviewer-1");

        Assert.Equal(StandingKind.Banned, (await replicaB.GetStandingAsync(User)).Kind);
        Assert.Equal(AccountStanding.Good, await replicaA.GetStandingAsync(User));
        database.Time.Advance(new CaseworkOptions().StandingCacheTtl + TimeSpan.FromMilliseconds(1));
        Assert.Equal(StandingKind.Banned, (await replicaA.GetStandingAsync(User)).Kind);
    }

    [Fact]
    public async Task Account_without_a_user_id_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var enforcement = database.Get<EnforcementService>();

        await Assert.ThrowsAsync<ArgumentException>(async () => await enforcement.GetStandingAsync(new AccountRef("acme", " ")));
        await Assert.ThrowsAsync<ArgumentException>(() => enforcement.ApplyViolationAsync(Policy, new AccountRef("", "u"), StandardCategory, ViolationSource.Automated, "gateway"));
    }

    private static async Task<EnforcementAction> Apply(EnforcementService enforcement, string category, ViolationSource source)
    {
        var action = await enforcement.ApplyViolationAsync(Policy, User, category, source, source == ViolationSource.Automated ? "gateway" : "reviewer-1");
        return Assert.IsType<EnforcementAction>(action);
    }
}
