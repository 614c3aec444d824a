namespace Bulwark.Reporting.Outbox;

/// <summary>Where a report is in its life. The -ing states are written before a call, so a crash during one is visible.</summary>
public enum ReportState
{
    /// <summary>Stored, nothing sent yet (or restarted after a retraction).</summary>
    Queued,

    /// <summary>Submit was sent; no answer recorded.</summary>
    Opening,

    /// <summary>Open at the hotline; files are being sent.</summary>
    Open,

    /// <summary>Finish was sent; no answer recorded.</summary>
    Finishing,

    /// <summary>Filed: the receipt is stored.</summary>
    Finished,

    /// <summary>Retract was sent (before a restart); no answer recorded.</summary>
    Retracting,

    /// <summary>Refused for good: a person must read <see cref="Storage.OutboxReport.LastError"/>.</summary>
    Failed,
}
