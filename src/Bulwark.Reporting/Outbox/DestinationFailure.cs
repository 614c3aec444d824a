namespace Bulwark.Reporting.Outbox;

/// <summary>How a destination call failed, which decides what the outbox does next.</summary>
public enum DestinationFailure
{
    /// <summary>Refused for good (bad document, no permission): a person must look.</summary>
    Rejected,

    /// <summary>Refused for now, nothing changed (hotline error, bad credentials): try again later.</summary>
    Transient,

    /// <summary>No usable answer: the call may have taken effect.</summary>
    OutcomeUnknown,

    /// <summary>The hotline holds a damaged copy of the file.</summary>
    Corrupted,

    /// <summary>The report is already finished.</summary>
    AlreadyFinished,

    /// <summary>The report is already retracted.</summary>
    AlreadyRetracted,

    /// <summary>The hotline does not know the report (never opened, or expired).</summary>
    ReportGone,
}
