namespace Bulwark.Casework.Cases;

/// <summary>
/// The unit of human review: every incident and user report about one subject (a tenant's end user) while it is open,
/// in one queue, claimed by at most one reviewer at a time.
/// </summary>
public sealed class ReviewCase
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The tenant, if known.</summary>
    public string? TenantId { get; set; }

    /// <summary>The tenant's id for the end user, if known; a case without one holds a single item.</summary>
    public string? ExternalUserId { get; set; }

    /// <summary>
    /// The subject's key while the case is open, null once closed. Unique, so two writers cannot open two cases for one
    /// subject (NULLs never collide, on SQLite and PostgreSQL alike).
    /// </summary>
    public string? OpenSubjectKey { get; set; }

    /// <summary>The queue it waits in.</summary>
    public required string Queue { get; set; }

    /// <summary>Its priority, 0 most urgent (see <see cref="Queues.CasePriority"/>).</summary>
    public int Priority { get; set; }

    /// <summary>The most urgent category among its items, for listing.</summary>
    public string? Category { get; set; }

    /// <summary>Open or closed.</summary>
    public CaseStatus Status { get; set; }

    /// <summary>When the first item arrived.</summary>
    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>When the last item arrived.</summary>
    public DateTimeOffset LastItemAt { get; set; }

    /// <summary>When a decision is due by the queue's SLA (the earliest due time of its items).</summary>
    public DateTimeOffset DueAt { get; set; }

    /// <summary>How many items (incidents and reports) it holds.</summary>
    public int ItemCount { get; set; }

    /// <summary>The reviewer holding the claim, if any (see <see cref="ClaimExpiresAt"/>).</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>When the claim lapses; after it, another reviewer may claim the case.</summary>
    public DateTimeOffset? ClaimExpiresAt { get; set; }

    /// <summary>When it was decided.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Concurrency token, renewed by every write.</summary>
    public Guid Version { get; set; }

    /// <summary>Its incidents and reports.</summary>
    public List<CaseItem> Items { get; } = [];

    /// <summary>The key grouping a subject's items: tenant and end user; null when the end user is unknown.</summary>
    public static string? SubjectKey(string? tenantId, string? externalUserId) =>
        string.IsNullOrWhiteSpace(externalUserId) ? null : $"{tenantId}\n{externalUserId}";
}
