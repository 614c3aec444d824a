namespace Bulwark.Detection.Screening;

/// <summary>A detector that threw or timed out during screening, and which categories were failed closed or open because of it.</summary>
/// <param name="Detector">The detector's name.</param>
/// <param name="Kind">Threw or timed out.</param>
/// <param name="Message">What went wrong (the exception's type and message, or the timeout); never the content.</param>
/// <param name="FailedClosed">Categories whose policy fails closed: the verdict holds or blocks for them.</param>
/// <param name="FailedOpen">Categories whose policy says fail open: they were let through, and are recorded here.</param>
public sealed record DetectorFailure(
    string Detector,
    DetectorFailureKind Kind,
    string Message,
    IReadOnlyList<string> FailedClosed,
    IReadOnlyList<string> FailedOpen);
