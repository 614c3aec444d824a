namespace Bulwark.Casework.Cases;

/// <summary>One incident or one user report in a case.</summary>
public sealed class CaseItem
{
    /// <summary>The row's id.</summary>
    public long Id { get; set; }

    /// <summary>The case.</summary>
    public Guid CaseId { get; set; }

    /// <summary>The incident, when the item is one.</summary>
    public Guid? IncidentId { get; set; }

    /// <summary>The user report, when the item is one.</summary>
    public Guid? UserReportId { get; set; }

    /// <summary>The item's category.</summary>
    public string? Category { get; set; }

    /// <summary>When it joined the case.</summary>
    public DateTimeOffset AddedAt { get; set; }
}
