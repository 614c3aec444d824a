namespace Bulwark.Reporting.Outbox;

/// <summary>Where a run left a report: finished, failed for good, or waiting for a later run (with the reason).</summary>
public sealed record OutboxRunResult(Guid ReportId, ReportState State, string? RemoteReportId, string? Error)
{
    public bool IsFinished => State == ReportState.Finished;

    /// <summary>Neither finished nor failed: run again later.</summary>
    public bool NeedsRetry => State is not (ReportState.Finished or ReportState.Failed);
}
