using Bulwark.Casework.Audit;
using Bulwark.Casework.Storage;
using Bulwark.Detection.Policy;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Casework.Enforcement;

/// <summary>
/// Account standing and enforcement. The n-th unreversed violation of an account takes rung n of the violated
/// category's ladder (the last rung repeats); a category in the policy's <c>immediate_ban</c> list bans at once,
/// but only when the violation is reviewer-confirmed or an exact known-hash match, never on automated screening
/// alone. Actions are reversed, never deleted. Register as a singleton (it holds the standing cache).
/// </summary>
public sealed class EnforcementService
{
    private const int MaxAttempts = 10;

    private readonly IDbContextFactory<CaseworkDbContext> _contexts;
    private readonly AuditLog _audit;
    private readonly TimeProvider _time;
    private readonly StandingCache _cache;

    /// <summary>Creates the service; <paramref name="options"/> gives the standing cache's TTL.</summary>
    public EnforcementService(IDbContextFactory<CaseworkDbContext> contexts, AuditLog audit, TimeProvider time, CaseworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _contexts = contexts;
        _audit = audit;
        _time = time;
        _cache = new StandingCache(time, options.StandingCacheTtl);
    }

    /// <summary>
    /// The account's standing. Cheap enough for every gateway request: answered from an in-process cache (TTL
    /// <see cref="CaseworkOptions.StandingCacheTtl"/>, invalidated by this service's own writes), else one indexed
    /// query. An account never seen is in good standing; nothing is written.
    /// </summary>
    public async ValueTask<AccountStanding> GetStandingAsync(AccountRef account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        account.Validate();
        if (_cache.TryGet(account, out var cached))
        {
            return cached;
        }

        var generation = _cache.Generation;
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var actions = await db.Accounts.AsNoTracking()
            .Where(a => a.TenantId == account.TenantId && a.ExternalUserId == account.ExternalUserId)
            .SelectMany(a => a.Actions)
            .Where(action => action.ReversedAt == null)
            .Select(action => new StandingInput(action.Kind, action.EndsAt, action.StatementOfReasons))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var standing = Compute(actions, _time.GetUtcNow());
        _cache.Set(account, standing, generation);
        return standing;
    }

    /// <summary>
    /// Records a violation of <paramref name="category"/> by <paramref name="account"/> and applies the policy's
    /// next rung (or an immediate ban, see <see cref="ViolationSource"/>). Safe against concurrent writers: two
    /// violations recorded at once take successive rungs.
    /// </summary>
    /// <param name="policy">The policy in force; its id, version and content-hash prefix are stamped on the action.</param>
    /// <param name="account">The account.</param>
    /// <param name="category">The violated category id.</param>
    /// <param name="source">How the violation was established.</param>
    /// <param name="actor">Who applies it: a reviewer's id, or <c>gateway</c>.</param>
    /// <param name="reference">An optional incident or case id, recorded with the action.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The action taken, or null when the category has neither a ladder nor an applicable immediate ban.</returns>
    /// <exception cref="ArgumentException">The policy has no such category.</exception>
    public async Task<EnforcementAction?> ApplyViolationAsync(
        ScreeningPolicy policy,
        AccountRef account,
        string category,
        ViolationSource source,
        string actor,
        string? reference = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(account);
        account.Validate();
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!policy.Categories.TryGetValue(category, out var policyCategory))
        {
            throw new ArgumentException($"Policy '{policy.Id}' has no category '{category}'.", nameof(category));
        }

        var immediateBan = policyCategory.ImmediateBan && source != ViolationSource.Automated;
        var ladder = policyCategory.Ladder is { } ladderId ? policy.Ladders[ladderId] : null;
        if (!immediateBan && ladder is null)
        {
            return null;
        }

        EnforcementAction action;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                action = await TryApplyAsync(policy, account, policyCategory, ladder, immediateBan, source, actor, reference, cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // A concurrent writer changed the account (or created it) first: recount and take the next rung.
            }
        }

        _cache.Invalidate(account);
        await _audit.AppendAsync(actor, AuditActions.EnforcementApplied, account.ToString(), new Dictionary<string, string?>
        {
            ["action_id"] = action.Id.ToString(),
            ["kind"] = action.Kind.ToString(),
            ["category"] = category,
            ["source"] = source.ToString(),
            ["violation_number"] = action.ViolationNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ends_at"] = action.EndsAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["policy"] = action.PolicyVersion,
            ["reference"] = reference,
        }, cancellationToken).ConfigureAwait(false);
        return action;
    }

    /// <summary>
    /// Reverses an action (e.g. on a successful appeal): it stops counting towards standing and the ladder, and the
    /// reversal is recorded on the action and in the audit log. Returns false when there is no such unreversed action.
    /// </summary>
    public async Task<bool> ReverseAsync(Guid actionId, string actor, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        AccountRef subject;
        await using (var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            var action = await db.EnforcementActions.FirstOrDefaultAsync(a => a.Id == actionId && a.ReversedAt == null, cancellationToken).ConfigureAwait(false);
            if (action is null)
            {
                return false;
            }

            var account = await db.Accounts.FirstAsync(a => a.Id == action.AccountId, cancellationToken).ConfigureAwait(false);
            action.ReversedAt = _time.GetUtcNow();
            action.ReversedBy = actor;
            action.ReversalReason = reason;
            account.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            subject = new AccountRef(account.TenantId, account.ExternalUserId);
        }

        _cache.Invalidate(subject);
        await _audit.AppendAsync(actor, AuditActions.EnforcementReversed, subject.ToString(), new Dictionary<string, string?>
        {
            ["action_id"] = actionId.ToString(),
            ["reason"] = reason,
        }, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Every action on the account, reversed ones included, oldest first: the account's history.</summary>
    public async Task<IReadOnlyList<EnforcementAction>> GetHistoryAsync(AccountRef account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var actions = await db.Accounts.AsNoTracking()
            .Where(a => a.TenantId == account.TenantId && a.ExternalUserId == account.ExternalUserId)
            .SelectMany(a => a.Actions)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. actions.OrderBy(a => a.CreatedAt).ThenBy(a => a.ViolationNumber)];
    }

    private async Task<EnforcementAction> TryApplyAsync(
        ScreeningPolicy policy,
        AccountRef account,
        PolicyCategory category,
        EnforcementLadder? ladder,
        bool immediateBan,
        ViolationSource source,
        string actor,
        string? reference,
        CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var stored = await db.Accounts
            .FirstOrDefaultAsync(a => a.TenantId == account.TenantId && a.ExternalUserId == account.ExternalUserId, cancellationToken)
            .ConfigureAwait(false);
        if (stored is null)
        {
            // The unique (tenant, user) index turns a concurrent creation into an update failure and a retry.
            stored = new Account { Id = Guid.CreateVersion7(now), TenantId = account.TenantId, ExternalUserId = account.ExternalUserId, CreatedAt = now };
            db.Accounts.Add(stored);
        }

        var standingViolations = await db.EnforcementActions
            .CountAsync(a => a.AccountId == stored.Id && a.ReversedAt == null, cancellationToken).ConfigureAwait(false);
        var number = standingViolations + 1;
        var step = immediateBan ? new EnforcementStep(EnforcementStepKind.Ban, null) : ladder!.StepFor(number);
        var kind = step.Kind switch
        {
            EnforcementStepKind.Warning => EnforcementKind.Warning,
            EnforcementStepKind.Strike => EnforcementKind.Strike,
            EnforcementStepKind.Suspension => EnforcementKind.Suspension,
            _ => EnforcementKind.Ban,
        };
        var endsAt = kind == EnforcementKind.Suspension ? now + (step.Duration ?? TimeSpan.Zero) : (DateTimeOffset?)null;
        var action = new EnforcementAction
        {
            Id = Guid.CreateVersion7(now),
            AccountId = stored.Id,
            Kind = kind,
            Category = category.Id,
            Source = source,
            Actor = actor,
            LadderId = immediateBan ? null : ladder!.Id,
            ViolationNumber = number,
            PolicyVersion = policy.ToString(),
            CreatedAt = now,
            EndsAt = endsAt,
            StatementOfReasons = StatementOfReasons.Write(kind, category, source, endsAt, number, immediateBan),
            Reference = reference,
        };
        stored.Version = Guid.NewGuid();
        db.EnforcementActions.Add(action);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return action;
    }

    private static AccountStanding Compute(IReadOnlyList<StandingInput> actions, DateTimeOffset now)
    {
        if (actions.Count == 0)
        {
            return AccountStanding.Good;
        }

        if (actions.FirstOrDefault(a => a.Kind == EnforcementKind.Ban) is { } ban)
        {
            return new AccountStanding(StandingKind.Banned, null, ban.Statement);
        }

        var suspension = actions
            .Where(a => a.Kind == EnforcementKind.Suspension && a.EndsAt > now)
            .MaxBy(a => a.EndsAt);
        return suspension is not null
            ? new AccountStanding(StandingKind.Suspended, suspension.EndsAt, suspension.Statement)
            : new AccountStanding(StandingKind.Warned, null, null);
    }

    private sealed record StandingInput(EnforcementKind Kind, DateTimeOffset? EndsAt, string Statement);
}
