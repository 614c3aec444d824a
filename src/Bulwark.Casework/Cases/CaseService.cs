using System.Globalization;
using Bulwark.Casework.Enforcement;
using Bulwark.Casework.Queues;
using Bulwark.Casework.Storage;
using Bulwark.Casework.Audit;
using Bulwark.Detection.Policy;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Casework.Cases;

/// <summary>
/// The review workflow: claiming (oldest first within priority, atomic, with expiry), decisions with enforcement, and
/// the queue and case views the console shows. Claims are a conditional <c>UPDATE … WHERE claimed_by IS NULL OR the
/// claim lapsed</c>: on PostgreSQL the second of two concurrent updates re-checks the condition after the first
/// commits, on SQLite writes are serialised, so on both exactly one reviewer wins. Register as a singleton.
/// </summary>
public sealed class CaseService
{
    /// <summary>Audit action: a reviewer claimed a case.</summary>
    public const string CaseClaimedAction = "case.claimed";

    /// <summary>Audit action: a reviewer released a claim.</summary>
    public const string CaseReleasedAction = "case.released";

    /// <summary>Audit action: a reviewer decided a case.</summary>
    public const string CaseDecidedAction = "case.decided";

    private const int ClaimCandidates = 8;

    private readonly IDbContextFactory<CaseworkDbContext> _contexts;
    private readonly EnforcementService _enforcement;
    private readonly AuditLog _audit;
    private readonly TimeProvider _time;
    private readonly CaseworkOptions _options;

    /// <summary>Creates the service.</summary>
    public CaseService(IDbContextFactory<CaseworkDbContext> contexts, EnforcementService enforcement, AuditLog audit, TimeProvider time, CaseworkOptions options)
    {
        _contexts = contexts;
        _enforcement = enforcement;
        _audit = audit;
        _time = time;
        _options = options;
    }

    /// <summary>
    /// Claims the most urgent, oldest unclaimed case of <paramref name="queue"/> for <paramref name="reviewerId"/>, or
    /// returns the case the reviewer already holds there. Null when the queue has nothing to claim.
    /// </summary>
    public async Task<ReviewCase?> ClaimNextAsync(string queue, string reviewerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queue);
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewerId);
        var now = _time.GetUtcNow();
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var held = await db.Cases.AsNoTracking()
            .Where(c => c.Queue == queue && c.Status == CaseStatus.Open && c.ClaimedBy == reviewerId && c.ClaimExpiresAt > now)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (held is not null)
        {
            return held;
        }

        while (true)
        {
            var candidates = await db.Cases.AsNoTracking()
                .Where(c => c.Queue == queue && c.Status == CaseStatus.Open && (c.ClaimedBy == null || c.ClaimExpiresAt <= now))
                .OrderBy(c => c.Priority).ThenBy(c => c.OpenedAt).ThenBy(c => c.Id)
                .Select(c => c.Id)
                .Take(ClaimCandidates)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (candidates.Count == 0)
            {
                return null;
            }

            foreach (var id in candidates)
            {
                if (await TryClaimAsync(db, id, reviewerId, now, cancellationToken).ConfigureAwait(false))
                {
                    await AuditClaimAsync(id, reviewerId, now, cancellationToken).ConfigureAwait(false);
                    return await db.Cases.AsNoTracking().FirstAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
                }
            }

            // Every candidate was taken by someone else between the read and the update: look again.
        }
    }

    /// <summary>
    /// Claims one case for <paramref name="reviewerId"/> (or renews the reviewer's own claim). False when it is decided,
    /// missing, or held by another reviewer whose claim has not lapsed.
    /// </summary>
    public async Task<bool> ClaimAsync(Guid caseId, string reviewerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewerId);
        var now = _time.GetUtcNow();
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (!await TryClaimAsync(db, caseId, reviewerId, now, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await AuditClaimAsync(caseId, reviewerId, now, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Gives up the reviewer's claim so the case goes back to its queue. False when the reviewer did not hold it.</summary>
    public async Task<bool> ReleaseAsync(Guid caseId, string reviewerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewerId);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var released = await db.Cases
            .Where(c => c.Id == caseId && c.ClaimedBy == reviewerId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.ClaimedBy, (string?)null)
                .SetProperty(c => c.ClaimExpiresAt, (DateTimeOffset?)null)
                .SetProperty(c => c.Version, Guid.NewGuid()), cancellationToken).ConfigureAwait(false) == 1;
        if (released)
        {
            await _audit.AppendAsync(reviewerId, CaseReleasedAction, CaseSubject(caseId), cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return released;
    }

    /// <summary>
    /// Decides a case the reviewer holds. <see cref="ReviewVerdict.Violating"/> closes it and applies the policy's
    /// ladder to the subject's account as <see cref="ViolationSource.ReviewerConfirmed"/> (an immediate-ban category
    /// bans at once); <see cref="ReviewVerdict.NotViolating"/> closes it; <see cref="ReviewVerdict.Escalate"/> moves it,
    /// unclaimed, to the escalation queue. The decision is recorded and audited.
    /// </summary>
    /// <exception cref="ArgumentException">No reason, or a violation without a policy category.</exception>
    /// <exception cref="CaseworkConflictException">The reviewer does not hold the case, or it is already decided.</exception>
    public async Task<CaseDecision> DecideAsync(
        Guid caseId,
        string reviewerId,
        ReviewVerdict verdict,
        string? category,
        string reason,
        ScreeningPolicy policy,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentNullException.ThrowIfNull(policy);
        if (verdict == ReviewVerdict.Violating && (category is null || !policy.Categories.ContainsKey(category)))
        {
            throw new ArgumentException($"A violation needs a category of policy '{policy.Id}'.", nameof(category));
        }

        var now = _time.GetUtcNow();
        CaseDecision decision;
        ReviewCase @case;
        await using (var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            @case = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken).ConfigureAwait(false)
                ?? throw new CaseworkConflictException("This case does not exist.");
            if (@case.Status != CaseStatus.Open)
            {
                throw new CaseworkConflictException("This case has already been decided.");
            }

            if (@case.ClaimedBy != reviewerId || @case.ClaimExpiresAt <= now)
            {
                throw new CaseworkConflictException("Claim this case before deciding it; your claim may have lapsed.");
            }

            decision = new CaseDecision
            {
                Id = Guid.CreateVersion7(now),
                CaseId = caseId,
                Verdict = verdict,
                Category = verdict == ReviewVerdict.Violating ? category : null,
                Reason = reason.Trim(),
                ReviewerId = reviewerId,
                DecidedAt = now,
            };
            db.CaseDecisions.Add(decision);
            @case.ClaimedBy = null;
            @case.ClaimExpiresAt = null;
            @case.Version = Guid.NewGuid();
            if (verdict == ReviewVerdict.Escalate)
            {
                @case.Queue = QueueRouting.EscalatedQueue;
                @case.DueAt = now + _options.Queues.EscalatedSla;
            }
            else
            {
                @case.Status = CaseStatus.Closed;
                @case.OpenSubjectKey = null;
                @case.ClosedAt = now;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException e)
            {
                throw new CaseworkConflictException("This case changed while you decided it (a new item arrived or the claim lapsed); reload it and decide again.", e);
            }
        }

        // The decision is committed before enforcement, so a failure below leaves a recorded decision to retry from,
        // never an enforcement without its decision.
        if (verdict == ReviewVerdict.Violating && @case.TenantId is { } tenant && @case.ExternalUserId is { } user)
        {
            var action = await _enforcement.ApplyViolationAsync(policy, new AccountRef(tenant, user), category!, ViolationSource.ReviewerConfirmed, reviewerId, CaseSubject(caseId), cancellationToken).ConfigureAwait(false);
            if (action is not null)
            {
                await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
                await db.CaseDecisions.Where(d => d.Id == decision.Id)
                    .ExecuteUpdateAsync(set => set.SetProperty(d => d.EnforcementActionId, action.Id), cancellationToken).ConfigureAwait(false);
                decision.EnforcementActionId = action.Id;
            }
        }

        await _audit.AppendAsync(reviewerId, CaseDecidedAction, CaseSubject(caseId), new Dictionary<string, string?>
        {
            ["verdict"] = verdict.ToString(),
            ["category"] = decision.Category,
            ["reason"] = decision.Reason,
            ["enforcement_action_id"] = decision.EnforcementActionId?.ToString(),
        }, cancellationToken).ConfigureAwait(false);
        return decision;
    }

    /// <summary>The case with its items, decisions and the subject's history; null when there is no such case.</summary>
    public async Task<CaseFile?> GetFileAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var @case = await db.Cases.AsNoTracking().Include(c => c.Items).FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken).ConfigureAwait(false);
        if (@case is null)
        {
            return null;
        }

        var incidentIds = @case.Items.Where(i => i.IncidentId != null).Select(i => i.IncidentId!.Value).ToList();
        var reportIds = @case.Items.Where(i => i.UserReportId != null).Select(i => i.UserReportId!.Value).ToList();
        var incidents = await db.Incidents.AsNoTracking().Include(i => i.Findings).Where(i => incidentIds.Contains(i.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var reports = await db.UserReports.AsNoTracking().Where(r => reportIds.Contains(r.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var decisions = await db.CaseDecisions.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(cancellationToken).ConfigureAwait(false);
        IReadOnlyList<EnforcementAction> history = [];
        List<ReviewCase> prior = [];
        if (@case.TenantId is { } tenant && @case.ExternalUserId is { } user)
        {
            history = await _enforcement.GetHistoryAsync(new AccountRef(tenant, user), cancellationToken).ConfigureAwait(false);
            prior = await db.Cases.AsNoTracking()
                .Where(c => c.TenantId == tenant && c.ExternalUserId == user && c.Id != caseId)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        return new CaseFile(
            @case,
            [.. incidents.OrderBy(i => i.OccurredAt)],
            [.. reports.OrderBy(r => r.ReceivedAt)],
            [.. decisions.OrderBy(d => d.DecidedAt)],
            history,
            [.. prior.OrderByDescending(c => c.OpenedAt)]);
    }

    /// <summary>Every routed queue (empty ones included) with its open, claimed and overdue counts, in priority order.</summary>
    public async Task<IReadOnlyList<QueueSummary>> SummarizeQueuesAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        // Open cases are what a team can work through in a day or two: thousands, not millions, so grouping in
        // memory keeps the query the same on both providers.
        var open = await db.Cases.AsNoTracking()
            .Where(c => c.Status == CaseStatus.Open)
            .Select(c => new { c.Queue, c.OpenedAt, c.DueAt, c.ClaimedBy, c.ClaimExpiresAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = _options.Queues.QueueNames().Concat(open.Select(c => c.Queue)).Distinct(StringComparer.Ordinal);
        return [.. names.Select(name =>
        {
            var cases = open.Where(c => c.Queue == name).ToList();
            return new QueueSummary(
                name,
                cases.Count,
                cases.Count(c => c.ClaimedBy != null && c.ClaimExpiresAt > now),
                cases.Count(c => c.DueAt <= now),
                cases.Count == 0 ? null : now - cases.Min(c => c.OpenedAt),
                cases.Count == 0 ? null : cases.Min(c => c.DueAt));
        })];
    }

    /// <summary>Open cases of a queue in claiming order (most urgent, then oldest), at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<ReviewCase>> ListQueueAsync(string queue, int limit = 100, CancellationToken cancellationToken = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Cases.AsNoTracking()
            .Where(c => c.Queue == queue && c.Status == CaseStatus.Open)
            .OrderBy(c => c.Priority).ThenBy(c => c.OpenedAt).ThenBy(c => c.Id)
            .Take(limit)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Decisions per UTC day and verdict over the last <paramref name="days"/> days, today included.</summary>
    public async Task<IReadOnlyList<DecisionCount>> DecisionsPerDayAsync(int days, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var since = new DateTimeOffset(today.AddDays(1 - days).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var decisions = await db.CaseDecisions.AsNoTracking()
            .Where(d => d.DecidedAt >= since)
            .Select(d => new { d.DecidedAt, d.Verdict })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. decisions
            .GroupBy(d => (Day: DateOnly.FromDateTime(d.DecidedAt.UtcDateTime), d.Verdict))
            .OrderBy(g => g.Key.Day).ThenBy(g => g.Key.Verdict)
            .Select(g => new DecisionCount(g.Key.Day, g.Key.Verdict, g.Count()))];
    }

    /// <summary>The audit subject naming a case: <c>case/{id}</c>.</summary>
    public static string CaseSubject(Guid caseId) => "case/" + caseId.ToString("D", CultureInfo.InvariantCulture);

    private async Task<bool> TryClaimAsync(CaseworkDbContext db, Guid caseId, string reviewerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var until = now + _options.ClaimDuration;
        return await db.Cases
            .Where(c => c.Id == caseId && c.Status == CaseStatus.Open
                && (c.ClaimedBy == null || c.ClaimExpiresAt <= now || c.ClaimedBy == reviewerId))
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.ClaimedBy, reviewerId)
                .SetProperty(c => c.ClaimExpiresAt, until)
                .SetProperty(c => c.Version, Guid.NewGuid()), cancellationToken).ConfigureAwait(false) == 1;
    }

    private Task<Audit.AuditEntry> AuditClaimAsync(Guid caseId, string reviewerId, DateTimeOffset now, CancellationToken cancellationToken) =>
        _audit.AppendAsync(reviewerId, CaseClaimedAction, CaseSubject(caseId), new Dictionary<string, string?>
        {
            ["until"] = (now + _options.ClaimDuration).ToString("O", CultureInfo.InvariantCulture),
        }, cancellationToken);
}
