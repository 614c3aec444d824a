namespace Bulwark.Casework.Enforcement;

/// <summary>
/// One enforcement action on an account. Never deleted: a reversal (on appeal) sets the <c>Reversed*</c> fields,
/// and the account's standing is computed from the actions not reversed.
/// </summary>
public sealed class EnforcementAction
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The account acted on.</summary>
    public Guid AccountId { get; set; }

    /// <summary>What the action does.</summary>
    public EnforcementKind Kind { get; set; }

    /// <summary>The policy category violated (e.g. <c>grooming</c>).</summary>
    public required string Category { get; set; }

    /// <summary>How the violation was established.</summary>
    public ViolationSource Source { get; set; }

    /// <summary>Who applied it: a reviewer's id, or <c>gateway</c> for automated blocks.</summary>
    public required string Actor { get; set; }

    /// <summary>The ladder climbed, or null for an immediate ban.</summary>
    public string? LadderId { get; set; }

    /// <summary>Which of the account's (unreversed) violations this was, 1-based.</summary>
    public int ViolationNumber { get; set; }

    /// <summary>The policy the action followed: <c>id version (content-hash prefix)</c>, as <see cref="Bulwark.Detection.Policy.ScreeningPolicy.ToString"/> writes it.</summary>
    public required string PolicyVersion { get; set; }

    /// <summary>When the action was taken.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When a suspension ends; null for every other kind.</summary>
    public DateTimeOffset? EndsAt { get; set; }

    /// <summary>The plain-language statement of reasons given to the user.</summary>
    public required string StatementOfReasons { get; set; }

    /// <summary>An optional incident or case reference this action was taken on.</summary>
    public string? Reference { get; set; }

    /// <summary>When the action was reversed; null while it stands.</summary>
    public DateTimeOffset? ReversedAt { get; set; }

    /// <summary>Who reversed it.</summary>
    public string? ReversedBy { get; set; }

    /// <summary>Why it was reversed.</summary>
    public string? ReversalReason { get; set; }
}
