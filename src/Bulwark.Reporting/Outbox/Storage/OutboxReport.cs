namespace Bulwark.Reporting.Outbox.Storage;

/// <summary>One report in the outbox, with everything needed to send it again after a crash.</summary>
public sealed class OutboxReport
{
    public Guid Id { get; set; }

    public required string CaseId { get; set; }

    public required string Destination { get; set; }

    /// <summary>The report document as it is sent.</summary>
    public required string Payload { get; set; }

    public ReportState State { get; set; }

    /// <summary>The hotline's id of the report currently open (null before opening and after a restart).</summary>
    public string? RemoteReportId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? OpenedAt { get; set; }

    /// <summary>When the open report last changed at the hotline (opened, file uploaded or described): expiry counts from it.</summary>
    public DateTimeOffset? LastChangedAt { get; set; }

    /// <summary>How many times the report was retracted and started again.</summary>
    public int Restarts { get; set; }

    /// <summary>Calls that failed without changing anything (retried on the next run).</summary>
    public int FailedAttempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The hotline's receipt of the finished report, kept as proof of reporting.</summary>
    public string? Receipt { get; set; }

    /// <summary>Set with <see cref="ReportState.Retracting"/> when the report must not be filed again after retracting (evidence changed).</summary>
    public bool FailAfterRetract { get; set; }

    /// <summary>Changes on every save: a second runner working on the same report fails its next save instead of overwriting.</summary>
    public Guid Version { get; set; }

    /// <summary>Whether the preservation hold for the filed report was placed.</summary>
    public bool HoldPlaced { get; set; }

    public List<OutboxFile> Files { get; set; } = [];

    public List<OutboxEvent> Events { get; set; } = [];
}
