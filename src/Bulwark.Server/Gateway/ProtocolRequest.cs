namespace Bulwark.Server.Gateway;

/// <summary>What the gateway needs from a model request: the conversation's text and how to answer in kind.</summary>
/// <param name="Model">The model the client asked for (echoed in a refusal).</param>
/// <param name="Stream">Whether the client asked for a server-sent event stream.</param>
/// <param name="Turns">The text of every message in order (the system prompt first), one entry per message.</param>
/// <param name="AssistantTurns">How many earlier assistant messages the conversation holds: rotates prevention message themes without keeping state.</param>
/// <param name="UserId">The end user the client named (OpenAI's <c>user</c>, Anthropic's <c>metadata.user_id</c>), if any.</param>
/// <param name="Media">Inline images and parts that cannot be screened; <see cref="RequestMedia.None"/> when null.</param>
internal sealed record ProtocolRequest(string Model, bool Stream, IReadOnlyList<string> Turns, int AssistantTurns, string? UserId, RequestMedia? Media = null)
{
    /// <summary>The earlier answer this request continues, whose turns the upstream keeps (Responses' <c>previous_response_id</c>).</summary>
    public string? PreviousResponseId { get; init; }

    /// <summary>The upstream-kept conversation this request adds to (Responses' <c>conversation</c>).</summary>
    public string? ConversationId { get; init; }

    /// <summary>
    /// Whether the upstream keeps this request and its answer for later continuation by id (Responses' <c>store</c>,
    /// true unless false); false for protocols whose clients resend their history.
    /// </summary>
    public bool Stored { get; init; }

    /// <summary>Whether a later request may continue this one from what the upstream keeps: its answer is stored, or it adds to a conversation.</summary>
    public bool KeptUpstream => Stored || ConversationId is not null;

    /// <summary>The request's media, never null.</summary>
    public RequestMedia Parts => Media ?? RequestMedia.None;
}
