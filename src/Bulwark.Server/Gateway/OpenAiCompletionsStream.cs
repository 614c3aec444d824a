using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json.Nodes;

namespace Bulwark.Server.Gateway;

/// <summary>
/// One streamed Completions answer: <c>text_completion</c> chunks whose choices carry <c>text</c> deltas, then
/// <c>data: [DONE]</c>. Each choice is its own answer. A cut reuses the upstream's id, model and creation time.
/// </summary>
internal sealed class OpenAiCompletionsStream(string model) : IAnswerStream
{
    private readonly SortedSet<int> _choices = [];
    private readonly HashSet<int> _releasedText = [];
    private string _id = "cmpl-bulwark-" + Guid.NewGuid().ToString("N");
    private string _model = model;
    private long _created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
    private bool _sawChunk;
    private bool _appended;

    public IReadOnlyList<StreamedText> Read(SseItem<string> item)
    {
        if (item.Data.Length == 0 || item.Data == "[DONE]" || JsonNode.Parse(item.Data) is not JsonObject chunk)
        {
            return [];
        }

        if (!_sawChunk)
        {
            _sawChunk = true;
            _id = JsonFields.String(chunk, "id") ?? _id;
            _model = JsonFields.String(chunk, "model") ?? _model;
            _created = chunk["created"] is JsonValue created && created.TryGetValue(out long seconds) ? seconds : _created;
        }

        if (chunk["choices"] is not JsonArray choices)
        {
            return [];
        }

        var texts = new List<StreamedText>();
        foreach (var choice in choices)
        {
            if (choice is not JsonObject c)
            {
                continue;
            }

            var index = c["index"] is JsonValue value && value.TryGetValue(out int i) ? i : 0;
            _choices.Add(index);

            // Deltas are pieces of one text: joined as sent, never with an invented space.
            if (JsonFields.String(c, "text") is { Length: > 0 } text)
            {
                texts.Add(new StreamedText(index, text));
            }
        }

        return texts;
    }

    public void Released(SseItem<string> item, IReadOnlyList<StreamedText> texts)
    {
        foreach (var text in texts)
        {
            _releasedText.Add(text.Alternative);
        }
    }

    public string? Appendix(SseItem<string>? item, string text)
    {
        if (_appended || (item is { } next && next.Data != "[DONE]"))
        {
            return null;
        }

        // Support resources close every choice, before the stream's end.
        _appended = true;
        IEnumerable<int> choices = _choices.Count > 0 ? _choices : [0];
        var events = new StringBuilder();
        foreach (var index in choices)
        {
            Append(events, Chunk(index, _releasedText.Contains(index) ? "\n\n" + text : text, null));
        }

        return events.ToString();
    }

    public string Cut(string text)
    {
        // Every choice is cut: the stream ends here for all of them.
        IEnumerable<int> choices = _choices.Count > 0 ? _choices : [0];
        var events = new StringBuilder();
        foreach (var index in choices)
        {
            // After text already shown, the message starts a paragraph of its own.
            Append(events, Chunk(index, _releasedText.Contains(index) ? "\n\n" + text : text, null));
        }

        foreach (var index in choices)
        {
            Append(events, Chunk(index, string.Empty, "content_filter"));
        }

        events.Append("data: [DONE]\n\n");
        return events.ToString();
    }

    private JsonObject Chunk(int index, string text, string? finishReason) => new()
    {
        ["id"] = _id,
        ["object"] = "text_completion",
        ["created"] = _created,
        ["model"] = _model,
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = index,
            ["text"] = text,
            ["logprobs"] = null,
            ["finish_reason"] = finishReason,
        }),
    };

    private static void Append(StringBuilder events, JsonObject chunk) =>
        events.Append("data: ").Append(chunk.ToJsonString(JsonFields.Compact)).Append("\n\n");
}
