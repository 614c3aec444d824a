using Bulwark.Casework.Audit;
using Bulwark.Casework.Cases;
using Bulwark.Casework.Enforcement;
using Bulwark.Casework.Incidents;
using Bulwark.Casework.Queues;
using Bulwark.Casework.Tests.Support;
using Bulwark.Detection.Policy;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Casework.Tests.Cases;

public sealed class CaseServiceTests
{
    private static readonly ScreeningPolicy Policy = new PolicyLoader().LoadDefault();
    private static readonly string[] Reviewers = ["reviewer-a", "reviewer-b"];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Incidents_of_one_subject_accumulate_in_one_open_case(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var recorder = database.Get<IncidentRecorder>();

        await recorder.RecordManyAsync([TestIncidents.Blocked("grooming"), TestIncidents.Blocked("grooming"), TestIncidents.Blocked("grooming", user: "user-7")]);
        await recorder.RecordAsync(TestIncidents.Blocked("sextortion"));

        await using var db = database.NewContext();
        var cases = await db.Cases.OrderBy(c => c.ExternalUserId).ToListAsync();
        Assert.Equal([("user-42", 3), ("user-7", 1)], cases.Select(c => (c.ExternalUserId!, c.ItemCount)));
        Assert.Equal(4, await db.CaseItems.CountAsync());
        Assert.All(cases, c => Assert.Equal(QueueRouting.GroomingQueue, c.Queue));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Incidents_without_an_end_user_each_get_their_own_case(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        await database.Get<IncidentRecorder>().RecordManyAsync([TestIncidents.Blocked("grooming", user: null), TestIncidents.Blocked("grooming", user: null)]);

        await using var db = database.NewContext();
        Assert.Equal(2, await db.Cases.CountAsync(c => c.ItemCount == 1 && c.OpenSubjectKey == null));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_more_urgent_item_moves_the_case_to_its_queue_and_due_time(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var recorder = database.Get<IncidentRecorder>();
        await recorder.RecordAsync(TestIncidents.Blocked("grooming"));
        database.Time.Advance(TimeSpan.FromMinutes(10));

        await recorder.RecordAsync(TestIncidents.Blocked("known_image_match"));

        await using var db = database.NewContext();
        var @case = await db.Cases.SingleAsync();
        Assert.Equal((QueueRouting.KnownImagesQueue, CasePriority.KnownImage, "known_image_match"), (@case.Queue, @case.Priority, @case.Category));
        Assert.Equal(database.Time.GetUtcNow() + TimeSpan.FromHours(1), @case.DueAt);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Claim_next_takes_the_oldest_case_of_the_queue_first(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var recorder = database.Get<IncidentRecorder>();
        await recorder.RecordAsync(TestIncidents.Blocked("csam_solicitation", user: "first"));
        database.Time.Advance(TimeSpan.FromMinutes(1));
        await recorder.RecordAsync(TestIncidents.Blocked("csam_acquisition", user: "second"));
        var cases = database.Get<CaseService>();

        var one = await cases.ClaimNextAsync(QueueRouting.SolicitationQueue, "reviewer-a");
        var two = await cases.ClaimNextAsync(QueueRouting.SolicitationQueue, "reviewer-b");
        var none = await cases.ClaimNextAsync(QueueRouting.SolicitationQueue, "reviewer-c");

        Assert.Equal(("first", "reviewer-a"), (one!.ExternalUserId, one.ClaimedBy));
        Assert.Equal(("second", "reviewer-b"), (two!.ExternalUserId, two.ClaimedBy));
        Assert.Null(none);
        Assert.Equal(one.Id, (await cases.ClaimNextAsync(QueueRouting.SolicitationQueue, "reviewer-a"))!.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Claimed_case_cannot_be_claimed_twice_until_the_claim_lapses(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await OpenCaseAsync(database, "grooming");
        var cases = database.Get<CaseService>();

        Assert.True(await cases.ClaimAsync(id, "reviewer-a"));
        Assert.False(await cases.ClaimAsync(id, "reviewer-b"));
        database.Time.Advance(new CaseworkOptions().ClaimDuration);

        Assert.True(await cases.ClaimAsync(id, "reviewer-b"));
        await Assert.ThrowsAsync<CaseworkConflictException>(() => cases.DecideAsync(id, "reviewer-a", ReviewVerdict.NotViolating, null, "benign", Policy));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_concurrent_claims_have_exactly_one_winner(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var cases = database.Get<CaseService>();
        for (var round = 0; round < 10; round++)
        {
            var id = await OpenCaseAsync(database, "grooming", user: $"user-{round}");
            using var start = new ManualResetEventSlim();
            var claims = Reviewers
                .Select(reviewer => Task.Run(async () =>
                {
                    start.Wait();
                    return await cases.ClaimAsync(id, reviewer);
                }))
                .ToArray();
            start.Set();

            var won = await Task.WhenAll(claims);

            Assert.Single(won, w => w);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Violating_known_image_decision_bans_closes_the_case_and_is_audited(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await OpenCaseAsync(database, "known_image_match");
        var cases = database.Get<CaseService>();
        await cases.ClaimAsync(id, "reviewer-a");

        var decision = await cases.DecideAsync(id, "reviewer-a", ReviewVerdict.Violating, "known_image_match", "Matches the bank entry", Policy);

        var standing = await database.Get<EnforcementService>().GetStandingAsync(new AccountRef("acme", "user-42"));
        Assert.Equal(StandingKind.Banned, standing.Kind);
        Assert.NotNull(decision.EnforcementActionId);
        await using (var db = database.NewContext())
        {
            var closed = await db.Cases.SingleAsync();
            Assert.Equal((CaseStatus.Closed, (string?)null, (string?)null), (closed.Status, closed.OpenSubjectKey, closed.ClaimedBy));
            var actions = await db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync();
            Assert.Equal([CaseService.CaseClaimedAction, AuditActions.EnforcementApplied, CaseService.CaseDecidedAction], actions);
        }

        await database.Get<IncidentRecorder>().RecordAsync(TestIncidents.Blocked("grooming"));
        await using var after = database.NewContext();
        Assert.Equal(2, await after.Cases.CountAsync());
        Assert.True((await database.Get<AuditLog>().VerifyAsync()).IsValid);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Not_violating_closes_without_enforcement(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await OpenCaseAsync(database, "grooming");
        var cases = database.Get<CaseService>();
        await cases.ClaimAsync(id, "reviewer-a");

        var decision = await cases.DecideAsync(id, "reviewer-a", ReviewVerdict.NotViolating, null, "A parent asking for safety advice", Policy);

        Assert.Null(decision.EnforcementActionId);
        Assert.Empty(await database.Get<EnforcementService>().GetHistoryAsync(new AccountRef("acme", "user-42")));
        await Assert.ThrowsAsync<CaseworkConflictException>(() => cases.DecideAsync(id, "reviewer-a", ReviewVerdict.NotViolating, null, "again", Policy));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Escalation_moves_the_case_unclaimed_to_the_leads_queue(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await OpenCaseAsync(database, "grooming");
        var cases = database.Get<CaseService>();
        await cases.ClaimAsync(id, "reviewer-a");

        await cases.DecideAsync(id, "reviewer-a", ReviewVerdict.Escalate, null, "Unsure whether this is a role-play between adults", Policy);

        var escalated = Assert.Single(await cases.ListQueueAsync(QueueRouting.EscalatedQueue));
        Assert.Equal((id, CaseStatus.Open, (string?)null), (escalated.Id, escalated.Status, escalated.ClaimedBy));
        Assert.Equal(escalated.Id, (await cases.ClaimNextAsync(QueueRouting.EscalatedQueue, "lead-1"))!.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Violation_needs_a_policy_category_and_a_reason(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await OpenCaseAsync(database, "grooming");
        var cases = database.Get<CaseService>();
        await cases.ClaimAsync(id, "reviewer-a");

        await Assert.ThrowsAsync<ArgumentException>(() => cases.DecideAsync(id, "reviewer-a", ReviewVerdict.Violating, "no_such_category", "reason", Policy));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => cases.DecideAsync(id, "reviewer-a", ReviewVerdict.Violating, "grooming", " ", Policy));
        Assert.Equal(CaseStatus.Open, (await cases.GetFileAsync(id))!.Case.Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Queue_summary_counts_open_claimed_and_overdue_cases(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var first = await OpenCaseAsync(database, "grooming", user: "a");
        await OpenCaseAsync(database, "grooming", user: "b");
        var cases = database.Get<CaseService>();
        await cases.ClaimAsync(first, "reviewer-a");
        database.Time.Advance(TimeSpan.FromHours(9));

        var grooming = Assert.Single(await cases.SummarizeQueuesAsync(), q => q.Queue == QueueRouting.GroomingQueue);

        Assert.Equal((2, 0, 2), (grooming.Open, grooming.Claimed, grooming.Overdue));
        Assert.Equal(TimeSpan.FromHours(9), grooming.OldestAge);
    }

    private static async Task<Guid> OpenCaseAsync(TestDatabase database, string category, string user = "user-42")
    {
        var incident = await database.Get<IncidentRecorder>().RecordAsync(TestIncidents.Blocked(category, user));
        await using var db = database.NewContext();
        return await db.CaseItems.Where(i => i.IncidentId == incident).Select(i => i.CaseId).SingleAsync();
    }
}
