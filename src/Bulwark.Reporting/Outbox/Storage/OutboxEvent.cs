namespace Bulwark.Reporting.Outbox.Storage;

/// <summary>A journal line of an outbox report: each call, its outcome and the hotline's request id.</summary>
public sealed class OutboxEvent
{
    public long Id { get; set; }

    public Guid ReportId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Step { get; set; }

    public required string Outcome { get; set; }

    public string? RemoteReportId { get; set; }

    public string? RequestId { get; set; }

    public int? Code { get; set; }

    public string? Message { get; set; }
}
