namespace Bulwark.Server.Gateway;

/// <summary>How a request to a screened route ended, as counted by <see cref="GatewayMetrics"/>.</summary>
internal enum RequestOutcome
{
    /// <summary>Forwarded, and the upstream's answer (or its error response) released.</summary>
    Forwarded,

    /// <summary>The prompt was withheld: nothing was sent upstream.</summary>
    PromptWithheld,

    /// <summary>Forwarded, but the answer was withheld and replaced by a refusal.</summary>
    AnswerWithheld,

    /// <summary>Forwarded, but the answer could not be read, so it was withheld (502).</summary>
    AnswerUnreadable,

    /// <summary>The upstream could not be reached, timed out, failed mid-answer or answered 5xx.</summary>
    UpstreamError,

    /// <summary>Invalid JSON or not a request of the protocol (400).</summary>
    BadRequest,

    /// <summary>No valid Bulwark key where one is required, or an unknown or revoked one (401).</summary>
    Unauthorized,

    /// <summary>The end user is suspended or banned: refused before screening or forwarding (403).</summary>
    AccountRefused,

    /// <summary>The request had content the gateway cannot screen and the policy refuses (400).</summary>
    Unscreenable,

    /// <summary>The body was over the limit (413).</summary>
    TooLarge,

    /// <summary>A method other than POST (405).</summary>
    MethodNotAllowed,

    /// <summary>The client went away before the answer was complete.</summary>
    ClientAborted,
}
