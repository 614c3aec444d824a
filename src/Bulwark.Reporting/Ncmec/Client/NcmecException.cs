namespace Bulwark.Reporting.Ncmec.Client;

/// <summary>A CyberTipline call failed. The message never contains credentials or report content.</summary>
public sealed class NcmecException : Exception
{
    public NcmecException(string message)
        : base(message)
    {
    }

    public NcmecException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public NcmecException()
    {
    }

    internal NcmecException(NcmecFailure failure, string message, int? responseCode, int? httpStatus, string? requestId, Exception? inner = null)
        : base(message, inner)
    {
        Failure = failure;
        ResponseCode = responseCode;
        HttpStatus = httpStatus;
        RequestId = requestId;
    }

    public NcmecFailure Failure { get; }

    /// <summary>NCMEC's response code (e.g. 2000 authentication required, 4100 validation failed) when it answered.</summary>
    public int? ResponseCode { get; }

    public int? HttpStatus { get; }

    /// <summary>NCMEC's <c>Request-ID</c> header, to quote when asking NCMEC about the call.</summary>
    public string? RequestId { get; }

    /// <summary>True when the call may have taken effect although it failed (no answer, or an unreadable one).</summary>
    public bool OutcomeUnknown => Failure is NcmecFailure.Unreachable or NcmecFailure.Malformed;
}
