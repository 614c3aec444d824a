namespace Bulwark.Detection.Policy;

/// <summary>How a gateway answers a withheld request.</summary>
public enum RefusalStyle
{
    /// <summary>
    /// A normal answer of the protocol carrying the prevention message, marked filtered (<c>finish_reason:
    /// "content_filter"</c>, <c>stop_reason: "refusal"</c>), so that the end user actually sees it (YAML <c>answer</c>).
    /// </summary>
    Answer,

    /// <summary>
    /// The protocol's error (HTTP 400, OpenAI <c>content_policy_violation</c>, Anthropic <c>invalid_request_error</c>)
    /// with the prevention message as its text, for applications that handle refusals themselves (YAML <c>error</c>).
    /// </summary>
    Error,
}
