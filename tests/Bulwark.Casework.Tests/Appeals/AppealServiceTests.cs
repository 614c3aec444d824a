using Bulwark.Casework.Appeals;
using Bulwark.Casework.Cases;
using Bulwark.Casework.Enforcement;
using Bulwark.Casework.Incidents;
using Bulwark.Casework.Tests.Support;
using Bulwark.Detection.Policy;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Casework.Tests.Appeals;

public sealed class AppealServiceTests
{
    private static readonly ScreeningPolicy Policy = new PolicyLoader().LoadDefault();
    private static readonly AccountRef User = new("acme", "user-42");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Appeal_is_decided_by_another_reviewer_and_a_reversal_restores_the_account(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var actionId = await BanAsync(database, "reviewer-a");
        var appeals = database.Get<AppealService>();
        var receipt = await appeals.SubmitAsync("acme", actionId, "It was my brother's photo of a bridge");

        await Assert.ThrowsAsync<CaseworkConflictException>(() => appeals.DecideAsync(receipt!.AppealId, "reviewer-a", reverse: true, "mine"));
        var decided = await appeals.DecideAsync(receipt!.AppealId, "reviewer-b", reverse: true, "The image is not in the bank");

        Assert.Equal(AppealStatus.Reversed, decided.Status);
        Assert.Equal(StandingKind.Good, (await database.Get<EnforcementService>().GetStandingAsync(User)).Kind);
        Assert.Empty(await appeals.ListPendingAsync());
        await Assert.ThrowsAsync<CaseworkConflictException>(() => appeals.DecideAsync(receipt.AppealId, "reviewer-c", reverse: false, "late"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Upheld_appeal_leaves_the_action_standing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var actionId = await BanAsync(database, "reviewer-a");
        var appeals = database.Get<AppealService>();
        var receipt = await appeals.SubmitAsync("acme", actionId, null);

        await appeals.DecideAsync(receipt!.AppealId, "reviewer-b", reverse: false, "Confirmed match");

        Assert.Equal(StandingKind.Banned, (await database.Get<EnforcementService>().GetStandingAsync(User)).Kind);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_tenants_action_cannot_be_appealed_and_a_second_appeal_is_the_first(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var actionId = await BanAsync(database, "reviewer-a");
        var appeals = database.Get<AppealService>();

        Assert.Null(await appeals.SubmitAsync("other-tenant", actionId, null));
        Assert.Null(await appeals.SubmitAsync("acme", Guid.NewGuid(), null));
        var first = await appeals.SubmitAsync("acme", actionId, null);
        var second = await appeals.SubmitAsync("acme", actionId, "again");

        Assert.Equal((first!.AppealId, true), (second!.AppealId, second.Duplicate));
        await using var db = database.NewContext();
        Assert.Equal(1, await db.Appeals.CountAsync());
    }

    private static async Task<Guid> BanAsync(TestDatabase database, string reviewer)
    {
        var incident = await database.Get<IncidentRecorder>().RecordAsync(TestIncidents.Blocked("known_image_match"));
        Guid caseId;
        await using (var db = database.NewContext())
        {
            caseId = await db.CaseItems.Where(i => i.IncidentId == incident).Select(i => i.CaseId).SingleAsync();
        }

        var cases = database.Get<CaseService>();
        await cases.ClaimAsync(caseId, reviewer);
        var decision = await cases.DecideAsync(caseId, reviewer, ReviewVerdict.Violating, "known_image_match", "Bank match confirmed", Policy);
        return decision.EnforcementActionId!.Value;
    }
}
