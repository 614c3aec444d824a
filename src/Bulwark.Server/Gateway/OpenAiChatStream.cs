using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json.Nodes;

namespace Bulwark.Server.Gateway;

/// <summary>
/// One streamed Chat Completions answer: <c>chat.completion.chunk</c> events whose choices carry deltas
/// (<c>content</c>, <c>refusal</c>, tool call <c>function.arguments</c>), then <c>data: [DONE]</c>. A cut reuses the
/// upstream's id, model and creation time so that a client joining chunks by id sees one answer.
/// </summary>
internal sealed class OpenAiChatStream(string model) : IAnswerStream
{
    private readonly SortedSet<int> _choices = [];
    private readonly HashSet<int> _releasedText = [];
    private string _id = "chatcmpl-bulwark-" + Guid.NewGuid().ToString("N");
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
            var index = choice?["index"] is JsonValue value && value.TryGetValue(out int i) ? i : 0;
            _choices.Add(index);
            if (choice?["delta"] is not JsonObject delta)
            {
                continue;
            }

            // Deltas are pieces of one text: joined as sent, never with an invented space.
            var text = new StringBuilder();
            JsonFields.AppendText(text, delta["content"], false, "text", "refusal");
            JsonFields.AppendText(text, delta["refusal"], false);
            if (delta["tool_calls"] is JsonArray calls)
            {
                foreach (var call in calls)
                {
                    JsonFields.AppendText(text, call?["function"]?["arguments"], false);
                }
            }

            if (text.Length > 0)
            {
                texts.Add(new StreamedText(index, text.ToString()));
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

        _appended = true;
        IEnumerable<int> choices = _choices.Count > 0 ? _choices : [0];
        var events = new StringBuilder();
        foreach (var index in choices)
        {
            var content = _releasedText.Contains(index) ? "\n\n" + text : text;
            Append(events, Chunk(index, new JsonObject { ["content"] = content }, null));
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
            var content = _releasedText.Contains(index) ? "\n\n" + text : text;
            Append(events, Chunk(index, new JsonObject { ["role"] = "assistant", ["content"] = content }, null));
        }

        foreach (var index in choices)
        {
            Append(events, Chunk(index, [], "content_filter"));
        }

        events.Append("data: [DONE]\n\n");
        return events.ToString();
    }

    private JsonObject Chunk(int index, JsonObject delta, string? finishReason) => new()
    {
        ["id"] = _id,
        ["object"] = "chat.completion.chunk",
        ["created"] = _created,
        ["model"] = _model,
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = index,
            ["delta"] = delta,
            ["logprobs"] = null,
            ["finish_reason"] = finishReason,
        }),
    };

    private static void Append(StringBuilder events, JsonObject chunk) =>
        events.Append("data: ").Append(chunk.ToJsonString(JsonFields.Compact)).Append("\n\n");
}
