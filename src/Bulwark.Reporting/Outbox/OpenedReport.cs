namespace Bulwark.Reporting.Outbox;

/// <summary>The hotline opened a report.</summary>
public sealed record OpenedReport(string RemoteReportId, string? RequestId);
