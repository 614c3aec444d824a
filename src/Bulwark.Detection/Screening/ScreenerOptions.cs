namespace Bulwark.Detection.Screening;

/// <summary>Timeouts and behaviour of a <see cref="Screener"/>. Validated when the screener is created.</summary>
public sealed class ScreenerOptions
{
    /// <summary>The timeout of a detector not named in <see cref="DetectorTimeouts"/>: 2 seconds.</summary>
    public TimeSpan DefaultDetectorTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Timeouts by detector name, overriding <see cref="DefaultDetectorTimeout"/>.</summary>
    public IReadOnlyDictionary<string, TimeSpan> DetectorTimeouts { get; init; } = new Dictionary<string, TimeSpan>();

    /// <summary>
    /// The timeout of the judge's second opinion: 20 seconds, enough for an LLM judge's own retries (three attempts of
    /// 5 s and their back-off by default); a judge that has not answered by then fails closed.
    /// </summary>
    public TimeSpan JudgeTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Skip the remaining detectors once the action is a block or report that none of them could make more severe
    /// (on by default). Turn off to collect every detector's findings, e.g. when evaluating detectors.
    /// </summary>
    public bool StopWhenDecisive { get; init; } = true;

    /// <summary>The clock for timeouts and elapsed time; the system clock when null.</summary>
    public TimeProvider? TimeProvider { get; init; }

    public static ScreenerOptions Default { get; } = new();

    internal TimeSpan TimeoutFor(string detector) =>
        DetectorTimeouts.TryGetValue(detector, out var timeout) ? timeout : DefaultDetectorTimeout;

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(DetectorTimeouts, nameof(DetectorTimeouts));
        foreach (var (name, timeout) in DetectorTimeouts.Append(KeyValuePair.Create("(default)", DefaultDetectorTimeout)).Append(KeyValuePair.Create("(judge)", JudgeTimeout)))
        {
            if (timeout <= TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
            {
                throw new ArgumentOutOfRangeException(nameof(DetectorTimeouts), timeout, $"The timeout of detector {name} must be positive.");
            }
        }
    }
}
