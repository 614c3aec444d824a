using System.Text.Json.Nodes;

namespace Bulwark.Server.Gateway;

/// <summary>
/// Knows one model API's shapes: where the text is in a request, an answer and a stream, and how that API refuses and
/// reports errors so that its official SDKs parse the gateway's answers like the model's own.
/// </summary>
internal interface IProtocolAdapter
{
    /// <summary>A short name for logs and the decision header (<c>openai</c>, <c>anthropic</c>).</summary>
    string Name { get; }

    /// <summary>The request's conversation.</summary>
    /// <exception cref="ProtocolRequestException">The body is not a request of this protocol.</exception>
    ProtocolRequest ReadRequest(JsonNode body);

    /// <summary>The request's conversation from its raw body: JSON unless the route takes another media type (multipart uploads).</summary>
    /// <exception cref="ProtocolRequestException">The body is not a request of this protocol.</exception>
    /// <exception cref="System.Text.Json.JsonException">The body is not JSON.</exception>
    ProtocolRequest ReadRequest(byte[] body, string? contentType) => ReadJson(this, body);

    /// <summary><paramref name="adapter"/>'s reading of a JSON body.</summary>
    static ProtocolRequest ReadJson(IProtocolAdapter adapter, byte[] body) =>
        adapter.ReadRequest(JsonNode.Parse(body) ?? throw new ProtocolRequestException("The request body must be a JSON object, not null."));

    /// <summary>Whether the route's event streams can be read and screened; a stream from a route that cannot is withheld.</summary>
    bool ReadsStreams => true;

    /// <summary>The id the upstream gave a JSON answer, by which a later request continues it; null when the protocol has none.</summary>
    string? AnswerId(JsonNode answer) => null;

    /// <summary>Images in a JSON answer (generated images given inline), screened as model output.</summary>
    IReadOnlyList<ReadOnlyMemory<byte>> AnswerImages(JsonNode answer) => [];

    /// <summary>A complete answer carrying <paramref name="text"/> that says the content was filtered: JSON, or a whole event stream when <paramref name="stream"/>.</summary>
    string Refusal(string model, string text, bool stream);

    /// <summary>An error body in the protocol's shape for <paramref name="status"/>.</summary>
    string Error(int status, string message);

    /// <summary>
    /// Whether a withheld request can be answered with a filtered answer (<see cref="Refusal"/>); routes whose answers
    /// carry no text for a message (images) refuse with <see cref="RefusalError"/> instead.
    /// </summary>
    bool AnswersRefusals => true;

    /// <summary>A 400 error body carrying <paramref name="message"/> that says the request was refused under the content policy.</summary>
    string RefusalError(string message) => Error(400, message);

    /// <summary>The assistant text of each alternative answer (OpenAI's choices; Anthropic has one).</summary>
    IReadOnlyList<string> AnswerTexts(JsonNode answer);

    /// <summary>Replaces alternative <paramref name="index"/>'s text with <paramref name="text"/> and marks it filtered.</summary>
    void ReplaceAnswer(JsonNode answer, int index, string text);

    /// <summary>Adds <paramref name="text"/> as a closing paragraph of every alternative (support resources for someone asking for help).</summary>
    void AppendToAnswer(JsonNode answer, string text);

    /// <summary>A reader for one streamed answer to a request for <paramref name="model"/>.</summary>
    IAnswerStream ReadStream(string model);
}
