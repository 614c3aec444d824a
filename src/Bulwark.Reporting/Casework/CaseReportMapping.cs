using Bulwark.Reporting.Cases;

namespace Bulwark.Reporting.Casework;

/// <summary>
/// What a casework case becomes for reporting: the confirmed case to build the report from, or the reason it cannot be
/// reported; and, either way, every evidence file the case offers.
/// </summary>
public sealed record CaseReportMapping(ConfirmedCase? Case, string? Refusal, IReadOnlyList<CaseEvidenceFile> Files)
{
    /// <summary>Whether the case can be reported.</summary>
    public bool IsReportable => Case is not null;
}
