namespace Bulwark.Reporting.Outbox;

/// <summary>A destination call failed; <see cref="Failure"/> says whether it took effect.</summary>
public sealed class DestinationException : Exception
{
    public DestinationException()
    {
    }

    public DestinationException(string message)
        : base(message)
    {
    }

    public DestinationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DestinationException(DestinationFailure failure, string message, string? requestId, int? code, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        RequestId = requestId;
        Code = code;
    }

    public DestinationFailure Failure { get; }

    public string? RequestId { get; }

    /// <summary>The hotline's own response code, when it answered.</summary>
    public int? Code { get; }
}
