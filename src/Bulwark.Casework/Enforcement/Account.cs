namespace Bulwark.Casework.Enforcement;

/// <summary>An end user of a tenant's application, identified by the tenant's own user id.</summary>
public sealed class Account
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The tenant the user belongs to.</summary>
    public required string TenantId { get; set; }

    /// <summary>The tenant's id for the user (OpenAI <c>user</c>, Anthropic <c>metadata.user_id</c>, <c>X-Bulwark-User</c>).</summary>
    public required string ExternalUserId { get; set; }

    /// <summary>When the account was first seen.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// Optimistic concurrency token, renewed on every enforcement change: two writers applying violations to the
    /// same account at once cannot both take the same ladder rung.
    /// </summary>
    public Guid Version { get; set; }

    /// <summary>The enforcement actions taken on the account, reversed ones included.</summary>
    public List<EnforcementAction> Actions { get; } = [];
}
