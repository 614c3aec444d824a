namespace Bulwark.Detection.Judges;

/// <summary>
/// A judge could not give an answer. Thrown by <see cref="LlmJudge"/> so that a detector built on it fails, and the
/// screener fails closed for the detector's categories. The message never contains the judged text.
/// </summary>
public sealed class JudgeUnavailableException : Exception
{
    public JudgeUnavailableException()
        : this(JudgeFailureKind.Transient, "The judge is unavailable.")
    {
    }

    public JudgeUnavailableException(string message)
        : this(JudgeFailureKind.Transient, message)
    {
    }

    public JudgeUnavailableException(string message, Exception innerException)
        : this(JudgeFailureKind.Transient, message, innerException)
    {
    }

    /// <param name="kind">Why no answer was given.</param>
    /// <param name="message">What went wrong; never the judged text.</param>
    /// <param name="innerException">The last underlying failure, if any.</param>
    public JudgeUnavailableException(JudgeFailureKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    /// <summary>Why no answer was given.</summary>
    public JudgeFailureKind Kind { get; }
}
