namespace Bulwark.Casework.Reports;

/// <summary>
/// A report by a user of a tenant's app about a response, conversation, image or account. The reporter's free text is
/// sealed in the evidence vault, never stored in the clear.
/// </summary>
public sealed class UserReport
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The tenant whose key submitted it.</summary>
    public required string TenantId { get; set; }

    /// <summary>The tenant's id for the reporting user.</summary>
    public required string ReporterId { get; set; }

    /// <summary>What is reported.</summary>
    public ReportSubjectKind SubjectKind { get; set; }

    /// <summary>The tenant's id for the reported response, conversation, image or account.</summary>
    public required string SubjectId { get; set; }

    /// <summary>The end user the report is about (the account itself for an account report), if known; groups it into their case.</summary>
    public string? SubjectUserId { get; set; }

    /// <summary>The category the reporter chose.</summary>
    public required string Category { get; set; }

    /// <summary>The sealed free text, if any.</summary>
    public Guid? EvidenceId { get; set; }

    /// <summary>When it was received.</summary>
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>SHA-256 (hex) of tenant, reporter, subject and category: the same report twice is one report.</summary>
    public required string DedupeKey { get; set; }
}
