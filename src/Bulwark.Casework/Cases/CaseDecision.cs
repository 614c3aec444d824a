namespace Bulwark.Casework.Cases;

/// <summary>A reviewer's decision on a case, with the reason and the enforcement it caused.</summary>
public sealed class CaseDecision
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The case.</summary>
    public Guid CaseId { get; set; }

    /// <summary>The decision.</summary>
    public ReviewVerdict Verdict { get; set; }

    /// <summary>The violated category (for <see cref="ReviewVerdict.Violating"/>).</summary>
    public string? Category { get; set; }

    /// <summary>The reviewer's reason.</summary>
    public required string Reason { get; set; }

    /// <summary>The reviewer.</summary>
    public required string ReviewerId { get; set; }

    /// <summary>When.</summary>
    public DateTimeOffset DecidedAt { get; set; }

    /// <summary>The enforcement action applied, if any.</summary>
    public Guid? EnforcementActionId { get; set; }
}
