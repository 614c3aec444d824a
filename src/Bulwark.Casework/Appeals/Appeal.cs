namespace Bulwark.Casework.Appeals;

/// <summary>An end user's appeal against one enforcement action, and its outcome.</summary>
public sealed class Appeal
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The tenant that submitted it.</summary>
    public required string TenantId { get; set; }

    /// <summary>The end user.</summary>
    public required string ExternalUserId { get; set; }

    /// <summary>The action appealed (one appeal per action).</summary>
    public Guid EnforcementActionId { get; set; }

    /// <summary>The user's sealed statement, if any.</summary>
    public Guid? StatementEvidenceId { get; set; }

    /// <summary>When it was submitted.</summary>
    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>Pending, upheld or reversed.</summary>
    public AppealStatus Status { get; set; }

    /// <summary>The reviewer who decided it.</summary>
    public string? DecidedBy { get; set; }

    /// <summary>When.</summary>
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The reviewer's reason.</summary>
    public string? DecisionReason { get; set; }
}
