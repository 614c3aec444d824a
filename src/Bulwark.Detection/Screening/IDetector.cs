namespace Bulwark.Detection.Screening;

/// <summary>
/// Takes <see cref="Content"/> and returns <see cref="Finding"/>s. Hash matchers, text classifiers, image
/// classifiers and LLM judges all plug into the <see cref="Screener"/> through this interface.
/// </summary>
/// <remarks>
/// A detector returns an empty list for content it does not handle (a hash matcher given text). It signals failure
/// by throwing; the screener then fails closed for <see cref="Categories"/>. It should observe the cancellation
/// token, but the screener enforces its timeout either way.
/// </remarks>
public interface IDetector
{
    /// <summary>A short stable name, e.g. <c>hash-match</c>; used in verdicts, logs and per-detector timeouts.</summary>
    string Name { get; }

    /// <summary>Relative cost (any positive scale, e.g. expected microseconds): the screener runs cheaper detectors first.</summary>
    double Cost { get; }

    /// <summary>The policy categories this detector can report; a failure holds or blocks exactly these.</summary>
    IReadOnlyCollection<string> Categories { get; }

    /// <summary>Judges <paramref name="content"/>.</summary>
    Task<IReadOnlyList<Finding>> DetectAsync(Content content, CancellationToken cancellationToken);
}
