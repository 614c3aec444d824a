namespace Bulwark.Detection.Screening;

/// <summary>How a detector failed.</summary>
public enum DetectorFailureKind
{
    /// <summary>It threw, or returned an invalid result.</summary>
    Threw,

    /// <summary>It did not finish within its timeout.</summary>
    TimedOut,
}
