using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json.Nodes;

namespace Bulwark.Server.Gateway;

/// <summary>
/// What OpenAI's two choice-based streams share (Chat Completions' <c>chat.completion.chunk</c> and legacy
/// Completions' <c>text_completion</c> chunks, then <c>data: [DONE]</c>): each choice is its own answer, and a cut or
/// an appendix reuses the upstream's id, model and creation time so that a client joining chunks by id sees one
/// answer. Subclasses say where a choice's text is.
/// </summary>
internal abstract class OpenAiChoiceStream(string model, string idPrefix) : IAnswerStream
{
    private readonly SortedSet<int> _choices = [];
    private readonly HashSet<int> _releasedText = [];
    private string _id = idPrefix + Guid.NewGuid().ToString("N");
    private string _model = model;
    private long _created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
    private bool _sawChunk;
    private bool _appended;

    /// <summary>The chunks' <c>object</c>.</summary>
    protected abstract string ObjectName { get; }

    /// <summary>The text one chunk's <paramref name="choice"/> carries (deltas are pieces of one text: never add spaces).</summary>
    protected abstract string ChoiceText(JsonObject choice);

    /// <summary>
    /// Puts <paramref name="text"/> into a new chunk's <paramref name="choice"/>; null for a chunk that only finishes.
    /// <paramref name="opensMessage"/> is true for a cut's message, which may need to say who speaks.
    /// </summary>
    protected abstract void PutText(JsonObject choice, string? text, bool opensMessage);

    public IReadOnlyList<StreamedText> Read(SseEvent item)
    {
        if (item.Item.Data == "[DONE]" || item.Json is not { } chunk)
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
        foreach (var node in choices)
        {
            if (node is not JsonObject choice)
            {
                continue;
            }

            var index = choice["index"] is JsonValue value && value.TryGetValue(out int i) ? i : 0;
            _choices.Add(index);
            if (ChoiceText(choice) is { Length: > 0 } text)
            {
                texts.Add(new StreamedText(index, text));
            }
        }

        return texts;
    }

    public void Released(SseEvent item, IReadOnlyList<StreamedText> texts)
    {
        foreach (var text in texts)
        {
            _releasedText.Add(text.Alternative);
        }
    }

    public AnswerAppendix? Appendix(SseEvent? item, string text)
    {
        if (_appended || (item is { } next && next.Item.Data != "[DONE]"))
        {
            return null;
        }

        // Support resources close every choice, before the stream's end.
        _appended = true;
        var events = new StringBuilder();
        foreach (var index in Choices)
        {
            Append(events, Chunk(index, Paragraph(index, text), null, opensMessage: false));
        }

        return new AnswerAppendix(events.ToString());
    }

    public string Cut(string text)
    {
        // Every choice is cut: the stream ends here for all of them.
        var events = new StringBuilder();
        foreach (var index in Choices)
        {
            Append(events, Chunk(index, Paragraph(index, text), null, opensMessage: true));
        }

        foreach (var index in Choices)
        {
            Append(events, Chunk(index, null, "content_filter", opensMessage: false));
        }

        events.Append("data: [DONE]\n\n");
        return events.ToString();
    }

    private IEnumerable<int> Choices => _choices.Count > 0 ? _choices : [0];

    /// <summary>After text already shown, added text starts a paragraph of its own.</summary>
    private string Paragraph(int index, string text) => _releasedText.Contains(index) ? "\n\n" + text : text;

    private JsonObject Chunk(int index, string? text, string? finishReason, bool opensMessage)
    {
        var choice = new JsonObject { ["index"] = index };
        PutText(choice, text, opensMessage);
        choice["logprobs"] = null;
        choice["finish_reason"] = finishReason;
        return new JsonObject
        {
            ["id"] = _id,
            ["object"] = ObjectName,
            ["created"] = _created,
            ["model"] = _model,
            ["choices"] = new JsonArray(choice),
        };
    }

    private static void Append(StringBuilder events, JsonObject chunk) =>
        events.Append("data: ").Append(chunk.ToJsonString(JsonFields.Compact)).Append("\n\n");
}
