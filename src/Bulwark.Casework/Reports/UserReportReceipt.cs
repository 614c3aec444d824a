namespace Bulwark.Casework.Reports;

/// <summary>The outcome of submitting a report: its id, its case, and whether it had been received before.</summary>
public sealed record UserReportReceipt(Guid ReportId, Guid CaseId, bool Duplicate);
