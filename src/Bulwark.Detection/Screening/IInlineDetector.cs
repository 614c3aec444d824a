namespace Bulwark.Detection.Screening;

/// <summary>
/// A detector that is pure CPU work bounded by the size of its input (no I/O, no locks, no waiting), which the
/// <see cref="Screener"/> calls on the caller's thread instead of handing to the thread pool.
/// </summary>
/// <remarks>
/// Handing a 100 µs detector to another thread costs about as much as the detector itself, mostly in cold caches on
/// the other core (docs/benchmarks.md). An inline detector cannot be abandoned mid-call, so its timeout is checked when
/// it returns: a result that took longer is discarded and the detector counts as timed out, failing closed as usual.
/// Implement it only for detectors that cannot block.
/// </remarks>
public interface IInlineDetector : IDetector;
