namespace Bulwark.Detection.Judges;

/// <summary>Why a judge gave no answer.</summary>
public enum JudgeFailureKind
{
    /// <summary>Every attempt failed with a transient error (HTTP 429 or 5xx, a network error).</summary>
    Transient,

    /// <summary>Every attempt exceeded the per-call timeout.</summary>
    TimedOut,

    /// <summary>The circuit breaker is open after repeated failures; the server was not called.</summary>
    CircuitOpen,

    /// <summary>The server answered, but not in the expected format.</summary>
    MalformedAnswer,

    /// <summary>The server refused the request with a non-transient error (e.g. HTTP 400 or 401).</summary>
    Rejected,
}
