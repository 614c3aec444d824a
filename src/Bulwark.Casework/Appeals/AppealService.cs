using System.Globalization;
using System.Text;
using Bulwark.Casework.Audit;
using Bulwark.Casework.Cases;
using Bulwark.Casework.Enforcement;
using Bulwark.Casework.Evidence;
using Bulwark.Casework.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Casework.Appeals;

/// <summary>
/// Appeals against enforcement actions: one per action, submitted by the tenant for its end user, decided by a
/// reviewer other than the one who took the action. A reversal undoes the action through
/// <see cref="EnforcementService.ReverseAsync"/>; both outcomes are recorded and audited. Register as a singleton.
/// </summary>
public sealed class AppealService
{
    /// <summary>Audit action: an appeal was submitted.</summary>
    public const string AppealSubmittedAction = "appeal.submitted";

    /// <summary>Audit action: an appeal was decided.</summary>
    public const string AppealDecidedAction = "appeal.decided";

    private readonly IDbContextFactory<CaseworkDbContext> _contexts;
    private readonly EnforcementService _enforcement;
    private readonly EvidenceVault _vault;
    private readonly AuditLog _audit;
    private readonly TimeProvider _time;

    /// <summary>Creates the service.</summary>
    public AppealService(IDbContextFactory<CaseworkDbContext> contexts, EnforcementService enforcement, EvidenceVault vault, AuditLog audit, TimeProvider time)
    {
        _contexts = contexts;
        _enforcement = enforcement;
        _vault = vault;
        _audit = audit;
        _time = time;
    }

    /// <summary>
    /// Submits an appeal against <paramref name="actionId"/> on behalf of <paramref name="tenantId"/>'s end user. Null
    /// when the tenant has no such action (another tenant's actions are indistinguishable from missing ones). A second
    /// appeal against the same action returns the first one's receipt.
    /// </summary>
    public async Task<AppealReceipt?> SubmitAsync(string tenantId, Guid actionId, string? statement, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var target = await db.EnforcementActions.AsNoTracking()
            .Where(a => a.Id == actionId)
            .Join(db.Accounts, a => a.AccountId, account => account.Id, (a, account) => new { account.TenantId, account.ExternalUserId })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (target is null || target.TenantId != tenantId)
        {
            return null;
        }

        if (await db.Appeals.AsNoTracking().FirstOrDefaultAsync(a => a.EnforcementActionId == actionId, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            return new AppealReceipt(earlier.Id, earlier.Status, Duplicate: true);
        }

        var now = _time.GetUtcNow();
        var evidence = string.IsNullOrWhiteSpace(statement) ? null : _vault.Seal(Encoding.UTF8.GetBytes(statement), "text/plain; charset=utf-8", tenantId, retention: null);
        var appeal = new Appeal
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenantId,
            ExternalUserId = target.ExternalUserId,
            EnforcementActionId = actionId,
            StatementEvidenceId = evidence?.Id,
            SubmittedAt = now,
            Status = AppealStatus.Pending,
        };
        if (evidence is not null)
        {
            db.Evidence.Add(evidence);
        }

        db.Appeals.Add(appeal);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // The same appeal arrived twice at once: the unique index kept one.
            await using var again = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var first = await again.Appeals.AsNoTracking().FirstAsync(a => a.EnforcementActionId == actionId, cancellationToken).ConfigureAwait(false);
            return new AppealReceipt(first.Id, first.Status, Duplicate: true);
        }

        await _audit.AppendAsync("tenant:" + tenantId, AppealSubmittedAction, Subject(appeal.Id), new Dictionary<string, string?>
        {
            ["enforcement_action_id"] = actionId.ToString("D", CultureInfo.InvariantCulture),
        }, cancellationToken).ConfigureAwait(false);
        return new AppealReceipt(appeal.Id, appeal.Status, Duplicate: false);
    }

    /// <summary>
    /// Submits an appeal against the measure currently in force on <paramref name="tenantId"/>'s end user
    /// <paramref name="externalUserId"/>: the latest unreversed action (what the gateway's refusal names). Null when the
    /// account has none.
    /// </summary>
    public async Task<AppealReceipt?> SubmitForAccountAsync(string tenantId, string externalUserId, string? statement, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(externalUserId);
        var history = await _enforcement.GetHistoryAsync(new AccountRef(tenantId, externalUserId), cancellationToken).ConfigureAwait(false);
        var current = history.LastOrDefault(a => a.ReversedAt is null);
        return current is null ? null : await SubmitAsync(tenantId, current.Id, statement, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Pending appeals, oldest first, with the action each is against.</summary>
    public async Task<IReadOnlyList<(Appeal Appeal, EnforcementAction Action)>> ListPendingAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Appeals.AsNoTracking()
            .Where(a => a.Status == AppealStatus.Pending)
            .Join(db.EnforcementActions, a => a.EnforcementActionId, action => action.Id, (a, action) => new { Appeal = a, Action = action })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderBy(r => r.Appeal.SubmittedAt).Select(r => (r.Appeal, r.Action))];
    }

    /// <summary>
    /// Decides a pending appeal: <paramref name="reverse"/> undoes the action, otherwise it stands.
    /// </summary>
    /// <exception cref="CaseworkConflictException">No such pending appeal, or <paramref name="reviewerId"/> took the action appealed.</exception>
    public async Task<Appeal> DecideAsync(Guid appealId, string reviewerId, bool reverse, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var now = _time.GetUtcNow();
        var status = reverse ? AppealStatus.Reversed : AppealStatus.Upheld;
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var appeal = await db.Appeals.AsNoTracking().FirstOrDefaultAsync(a => a.Id == appealId, cancellationToken).ConfigureAwait(false);
        if (appeal is null || appeal.Status != AppealStatus.Pending)
        {
            throw new CaseworkConflictException("This appeal does not exist or has already been decided.");
        }

        var actor = await db.EnforcementActions.AsNoTracking().Where(a => a.Id == appeal.EnforcementActionId).Select(a => a.Actor).FirstAsync(cancellationToken).ConfigureAwait(false);
        var deciders = await db.CaseDecisions.AsNoTracking().Where(d => d.EnforcementActionId == appeal.EnforcementActionId).Select(d => d.ReviewerId).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (actor == reviewerId || deciders.Contains(reviewerId))
        {
            throw new CaseworkConflictException("You took the action under appeal; another reviewer must decide the appeal.");
        }

        // Conditional on still pending, so two reviewers deciding at once cannot both win.
        var decided = await db.Appeals
            .Where(a => a.Id == appealId && a.Status == AppealStatus.Pending)
            .ExecuteUpdateAsync(set => set
                .SetProperty(a => a.Status, status)
                .SetProperty(a => a.DecidedBy, reviewerId)
                .SetProperty(a => a.DecidedAt, now)
                .SetProperty(a => a.DecisionReason, reason.Trim()), cancellationToken).ConfigureAwait(false);
        if (decided != 1)
        {
            throw new CaseworkConflictException("This appeal has already been decided.");
        }

        if (reverse)
        {
            await _enforcement.ReverseAsync(appeal.EnforcementActionId, reviewerId, "Appeal upheld: " + reason.Trim(), cancellationToken).ConfigureAwait(false);
        }

        await _audit.AppendAsync(reviewerId, AppealDecidedAction, Subject(appealId), new Dictionary<string, string?>
        {
            ["outcome"] = status.ToString(),
            ["enforcement_action_id"] = appeal.EnforcementActionId.ToString("D", CultureInfo.InvariantCulture),
            ["reason"] = reason.Trim(),
        }, cancellationToken).ConfigureAwait(false);
        appeal.Status = status;
        appeal.DecidedBy = reviewerId;
        appeal.DecidedAt = now;
        appeal.DecisionReason = reason.Trim();
        return appeal;
    }

    private static string Subject(Guid appealId) => "appeal/" + appealId.ToString("D", CultureInfo.InvariantCulture);
}
