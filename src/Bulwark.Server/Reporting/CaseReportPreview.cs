using Bulwark.Casework.Cases;
using Bulwark.Reporting.Casework;

namespace Bulwark.Server.Reporting;

/// <summary>
/// What filing a case would send: a readable summary, the report and file-details XML as NCMEC receives them, and
/// any schema problems; or why the case cannot be reported. <see cref="Files"/> lists every evidence file the case
/// offers, chosen or not.
/// </summary>
public sealed record CaseReportPreview(
    ReviewCase Case,
    string? Refusal,
    IReadOnlyList<CaseEvidenceFile> Files,
    IReadOnlyList<string> Summary,
    string? ReportXml,
    IReadOnlyList<CaseReportDocument> FileDetails,
    IReadOnlyList<string> Problems)
{
    /// <summary>Whether the report may be filed as previewed: reportable and valid against NCMEC's schema.</summary>
    public bool CanFile => Refusal is null && Problems.Count == 0 && ReportXml is not null;
}
