using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json.Nodes;

namespace Bulwark.Server.Gateway;

/// <summary>
/// One streamed Messages answer: <c>message_start</c>, content blocks (<c>content_block_start</c>, deltas of
/// <c>text</c>, <c>thinking</c> or tool input <c>partial_json</c>, <c>content_block_stop</c>), <c>message_delta</c>,
/// <c>message_stop</c>, with <c>ping</c>s anywhere. Blocks are one answer, their texts joined by a line break as in a
/// non-streamed answer. A cut closes the blocks the client has seen opened and adds the refusal as a block of its own.
/// </summary>
internal sealed class AnthropicMessagesStream(string model) : IAnswerStream
{
    private readonly SortedSet<int> _openBlocks = [];
    private string _id = "msg_bulwark_" + Guid.NewGuid().ToString("N");
    private string _model = model;
    private int? _lastTextBlock;
    private bool _started;
    private int _nextBlock;
    private bool _appended;

    /// <summary>A <c>message</c> object of this API.</summary>
    public static JsonObject Message(string id, string model, JsonArray content, string? stopReason) => new()
    {
        ["id"] = id,
        ["type"] = "message",
        ["role"] = "assistant",
        ["model"] = model,
        ["content"] = content,
        ["stop_reason"] = stopReason,
        ["stop_sequence"] = null,
        ["usage"] = new JsonObject { ["input_tokens"] = 0, ["output_tokens"] = 0 },
    };

    public IReadOnlyList<StreamedText> Read(SseEvent item)
    {
        if (item.Json is not { } data)
        {
            return [];
        }

        var type = JsonFields.String(data, "type");
        if (type == "message_start" && data["message"] is JsonObject message)
        {
            // A cut continues the upstream's message.
            _id = JsonFields.String(message, "id") ?? _id;
            _model = JsonFields.String(message, "model") ?? _model;
            return [];
        }

        var piece = type switch
        {
            "content_block_start" => data["content_block"],
            "content_block_delta" => data["delta"],
            _ => null,
        };
        if (piece is not JsonObject block)
        {
            return [];
        }

        // Deltas are pieces of one text: joined as sent, never with an invented space.
        var text = new StringBuilder();
        foreach (var field in (string[])["text", "thinking", "partial_json"])
        {
            text.Append(JsonFields.String(block, field));
        }

        if (text.Length == 0)
        {
            return [];
        }

        var index = BlockIndex(data);
        if (_lastTextBlock is { } last && last != index)
        {
            text.Insert(0, '\n');
        }

        _lastTextBlock = index;
        return [new StreamedText(0, text.ToString())];
    }

    public void Released(SseEvent item, IReadOnlyList<StreamedText> texts)
    {
        var type = item.Item.EventType;
        if (type is not ("message_start" or "content_block_start" or "content_block_stop"))
        {
            // The event name is optional on the wire; the data's type is not.
            type = item.Json is { } data ? JsonFields.String(data, "type") : null;
        }

        switch (type)
        {
            case "message_start":
                _started = true;
                break;
            case "content_block_start":
                var opened = BlockIndex(Block(item));
                _openBlocks.Add(opened);
                _nextBlock = Math.Max(_nextBlock, opened + 1);
                break;
            case "content_block_stop":
                _openBlocks.Remove(BlockIndex(Block(item)));
                break;
        }
    }

    public AnswerAppendix? Appendix(SseEvent? item, string text)
    {
        // Only before the message's closing delta: a stream that ends without one did not end as a message.
        if (_appended || item is not { } next || TypeOf(next) != "message_delta")
        {
            return null;
        }

        _appended = true;
        var events = new StringBuilder();
        TextBlock(events, _nextBlock++, text);
        return new AnswerAppendix(events.ToString());
    }

    public string Cut(string text)
    {
        var events = new StringBuilder();
        void Event(string type, JsonObject data) => AppendEvent(events, type, data);

        if (!_started)
        {
            Event("message_start", new JsonObject { ["message"] = Message(_id, _model, [], null) });
        }

        foreach (var open in _openBlocks)
        {
            Event("content_block_stop", new JsonObject { ["index"] = open });
        }

        TextBlock(events, _nextBlock, text);
        Event("message_delta", new JsonObject
        {
            ["delta"] = new JsonObject { ["stop_reason"] = "refusal", ["stop_sequence"] = null },
            ["usage"] = new JsonObject { ["output_tokens"] = 0 },
        });
        Event("message_stop", []);
        return events.ToString();
    }

    /// <summary>A whole text block: start, one delta, stop.</summary>
    private static void TextBlock(StringBuilder events, int index, string text)
    {
        AppendEvent(events, "content_block_start", new JsonObject { ["index"] = index, ["content_block"] = new JsonObject { ["type"] = "text", ["text"] = string.Empty } });
        AppendEvent(events, "content_block_delta", new JsonObject { ["index"] = index, ["delta"] = new JsonObject { ["type"] = "text_delta", ["text"] = text } });
        AppendEvent(events, "content_block_stop", new JsonObject { ["index"] = index });
    }

    private static void AppendEvent(StringBuilder events, string type, JsonObject data)
    {
        data["type"] = type;
        events.Append("event: ").Append(type).Append('\n').Append("data: ").Append(data.ToJsonString(JsonFields.Compact)).Append("\n\n");
    }

    /// <summary>The event's type: its name on the wire when given, else its data's <c>type</c>.</summary>
    private static string? TypeOf(SseEvent item) =>
        item.Item.EventType is { Length: > 0 } name && name != SseParser.EventTypeDefault ? name
        : item.Json is { } data ? JsonFields.String(data, "type") : null;

    /// <summary>A block event's data, which must be an object: a stream whose blocks cannot be followed cannot be finished.</summary>
    private static JsonObject Block(SseEvent item) =>
        item.Json ?? throw new FormatException("A content block event's data is not a JSON object.");

    private static int BlockIndex(JsonObject data) => data["index"] is JsonValue value && value.TryGetValue(out int index) ? index : 0;
}
