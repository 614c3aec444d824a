namespace Bulwark.Casework.Reports;

/// <summary>A user report as submitted by a tenant's app.</summary>
/// <param name="TenantId">The tenant (from its API key, never from the body).</param>
/// <param name="ReporterId">The tenant's id for the reporting user.</param>
/// <param name="SubjectKind">What is reported.</param>
/// <param name="SubjectId">The tenant's id for it.</param>
/// <param name="SubjectUserId">The end user it is about, if known (for an account report, the account id is used).</param>
/// <param name="Category">The reporter's category.</param>
/// <param name="Text">The reporter's free text, if any.</param>
public sealed record UserReportSubmission(
    string TenantId,
    string ReporterId,
    ReportSubjectKind SubjectKind,
    string SubjectId,
    string? SubjectUserId,
    string Category,
    string? Text);
