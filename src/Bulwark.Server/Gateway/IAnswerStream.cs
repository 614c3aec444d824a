using System.Net.ServerSentEvents;

namespace Bulwark.Server.Gateway;

/// <summary>
/// One streamed answer of a protocol, read event by event: the text each event carries, what has reached the client,
/// and how to end the stream early in the protocol's own way. One instance per stream; not thread-safe.
/// </summary>
internal interface IAnswerStream
{
    /// <summary>The assistant text <paramref name="item"/> carries, in order; empty for events without text.</summary>
    /// <exception cref="System.Text.Json.JsonException">The event's data is not the protocol's JSON.</exception>
    IReadOnlyList<StreamedText> Read(SseEvent item);

    /// <summary>The id the upstream gave the streamed answer, by which a later request continues it; null when none (yet).</summary>
    string? AnswerId => null;

    /// <summary>Notes that <paramref name="item"/>, which carried <paramref name="texts"/>, was sent to the client.</summary>
    void Released(SseEvent item, IReadOnlyList<StreamedText> texts);

    /// <summary>
    /// Events that, sent after everything released so far, end the answer as filtered and show <paramref name="text"/>
    /// (OpenAI: a chunk with the text, one with <c>finish_reason: "content_filter"</c>, <c>[DONE]</c>; Anthropic: the
    /// open blocks stopped, a text block, <c>stop_reason: "refusal"</c>, <c>message_stop</c>).
    /// </summary>
    string Cut(string text);

    /// <summary>
    /// Events that add <paramref name="text"/> (support resources) as a closing paragraph of the answer, to be sent just
    /// before <paramref name="item"/> when it is where this protocol's answer ends (OpenAI's <c>[DONE]</c>, Anthropic's
    /// <c>message_delta</c>, the Responses API's <c>response.completed</c>, which the appendix then replaces), or last
    /// when <paramref name="item"/> is null (the stream ended without one); null when <paramref name="item"/> is not that
    /// place, when the text was already added, or when the protocol cannot add it.
    /// </summary>
    AnswerAppendix? Appendix(SseEvent? item, string text);
}
