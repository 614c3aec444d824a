using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json.Nodes;

namespace Bulwark.Server.Gateway;

/// <summary>
/// One streamed Responses answer: typed events (<c>response.created</c>, <c>response.output_item.added</c>,
/// <c>response.content_part.added</c>, deltas, their <c>.done</c> events, <c>response.completed</c>), each with a
/// <c>sequence_number</c>. Text comes from the deltas of output text, refusals, reasoning and tool call arguments, each
/// part (output and content index) its own piece; pieces are joined by a line break as in a non-streamed answer, and a
/// part's deltas with nothing in between. A <c>.done</c> event whose full text adds to its deltas has the rest screened
/// too; one that says something else, like item, part and final response events carrying text the deltas did not, is
/// screened as a second answer before it is released. A cut closes the parts and items the client saw opened (as
/// incomplete), adds the message as an assistant message item of its own, and ends with <c>response.incomplete</c>
/// (<c>incomplete_details.reason: "content_filter"</c>), numbering its events on from the last one released. Support
/// resources are added the same way, as an assistant message item of their own before <c>response.completed</c>,
/// which is sent renumbered with that item in its output.
/// </summary>
internal sealed class OpenAiResponsesStream(string model) : IAnswerStream
{
    /// <summary>Delta events carrying text, and the field their <c>.done</c> event carries the whole text in.</summary>
    private static readonly Dictionary<string, string> TextEvents = new(StringComparer.Ordinal)
    {
        ["response.output_text"] = "text",
        ["response.refusal"] = "refusal",
        ["response.reasoning_text"] = "text",
        ["response.reasoning_summary_text"] = "text",
        ["response.function_call_arguments"] = "arguments",
        ["response.custom_tool_call_input"] = "input",
        ["response.mcp_call_arguments"] = "arguments",
    };

    /// <summary>Where text that summary events carry beyond the deltas is screened: an answer of its own.</summary>
    private const int RepeatedAlternative = 1;

    private readonly Dictionary<(string Kind, int Output, int Part), StringBuilder> _pieces = [];
    private readonly SortedDictionary<int, SeenItem> _items = [];
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _repeatedText = new();
    private (string Kind, int Output, int Part)? _lastPiece;
    private JsonObject? _response;
    private int? _lastSequence;
    private bool _started;
    private bool _releasedText;
    private bool _appended;

    /// <summary>A <c>response</c> object of this API, in progress and without output.</summary>
    public static JsonObject Response(string id, string model, long createdAt) => new()
    {
        ["id"] = id,
        ["object"] = "response",
        ["created_at"] = createdAt,
        ["status"] = "in_progress",
        ["error"] = null,
        ["incomplete_details"] = null,
        ["instructions"] = null,
        ["max_output_tokens"] = null,
        ["model"] = model,
        ["output"] = new JsonArray(),
        ["parallel_tool_calls"] = true,
        ["previous_response_id"] = null,
        ["temperature"] = null,
        ["tool_choice"] = "auto",
        ["tools"] = new JsonArray(),
        ["top_p"] = null,
        ["usage"] = null,
        ["metadata"] = new JsonObject(),
    };

    /// <summary>Ends <paramref name="response"/> as incomplete because content was filtered, with <paramref name="output"/> as its output.</summary>
    public static void MarkFiltered(JsonObject response, JsonArray output)
    {
        response["status"] = "incomplete";
        response["incomplete_details"] = new JsonObject { ["reason"] = "content_filter" };
        response["output"] = output;
    }

    /// <summary>A completed assistant message item whose one <c>output_text</c> part is <paramref name="text"/>.</summary>
    public static JsonObject RefusalMessage(string text, string? id = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? "msg_bulwark_" + Guid.NewGuid().ToString("N"),
        ["status"] = "completed",
        ["role"] = "assistant",
        ["content"] = new JsonArray(OutputText(text)),
    };

    public string? AnswerId => _response is { } response ? JsonFields.String(response, "id") : null;

    public IReadOnlyList<StreamedText> Read(SseEvent item)
    {
        if (item.Item.Data == "[DONE]" || item.Json is not { } data)
        {
            return [];
        }

        var type = JsonFields.String(data, "type") ?? item.Item.EventType;
        if (type is "response.created" or "response.in_progress" or "response.queued" && data["response"] is JsonObject response)
        {
            // A cut continues the upstream's response: its id, model, creation time and settings.
            _response ??= response.DeepClone().AsObject();
            return [];
        }

        // The image generation tool streams images; the gateway matches images only in whole answers, so it cannot
        // release these unscreened: the stream is withheld.
        if (type.StartsWith("response.image_generation_call.", StringComparison.Ordinal) || CarriesImage(data))
        {
            throw new FormatException("A streamed answer carries a generated image, which the gateway screens only in whole answers.");
        }

        if (RepeatedText(type, data) is { Length: > 0 } repeated)
        {
            return repeated;
        }

        var dot = type.LastIndexOf('.');
        if (dot < 0 || !TextEvents.TryGetValue(type[..dot], out var doneField))
        {
            return [];
        }

        var kind = type[..dot];
        var key = (kind, Index(data, "output_index"), Index(data, kind == "response.reasoning_summary_text" ? "summary_index" : "content_index"));
        string? piece;
        switch (type[(dot + 1)..])
        {
            case "delta":
                piece = JsonFields.String(data, "delta");
                break;
            case "done":
                // The whole text again: screened already, unless it says more than its deltas did (the rest goes on
                // the part) or something else (a server that trims, say: screened as an answer of its own).
                var whole = JsonFields.String(data, doneField) ?? string.Empty;
                var seen = _pieces.TryGetValue(key, out var sofar) ? sofar.ToString() : string.Empty;
                if (!whole.StartsWith(seen, StringComparison.Ordinal))
                {
                    return Repeated(new StringBuilder(whole));
                }

                piece = whole[seen.Length..];
                break;
            default:
                return [];
        }

        if (string.IsNullOrEmpty(piece))
        {
            return [];
        }

        if (!_pieces.TryGetValue(key, out var pieceText))
        {
            _pieces[key] = pieceText = new StringBuilder();
        }

        pieceText.Append(piece);
        var text = _lastPiece is { } last && last != key ? "\n" + piece : piece;
        _lastPiece = key;
        _text.Append(text);
        return [new StreamedText(0, text)];
    }

    public void Released(SseEvent item, IReadOnlyList<StreamedText> texts)
    {
        _releasedText |= texts.Count > 0;
        if (item.Item.Data == "[DONE]" || item.Json is not { } data)
        {
            return;
        }

        if (data["sequence_number"] is JsonValue sequence && sequence.TryGetValue(out int number))
        {
            _lastSequence = Math.Max(_lastSequence ?? number, number);
        }

        var output = Index(data, "output_index");
        var part = Index(data, "content_index");
        switch (JsonFields.String(data, "type") ?? item.Item.EventType)
        {
            case "response.created" or "response.in_progress" or "response.queued":
                _started = true;
                break;
            case "response.output_item.added" when data["item"] is JsonObject added:
                _items[output] = new SeenItem(added.DeepClone().AsObject());
                break;
            case "response.output_item.done" when data["item"] is JsonObject done:
                _items[output] = new SeenItem(done.DeepClone().AsObject()) { Done = true };
                break;
            case "response.content_part.added" when data["part"] is JsonObject added && _items.TryGetValue(output, out var seen):
                seen.Parts[part] = new SeenPart(added.DeepClone().AsObject());
                break;
            case "response.content_part.done" when _items.TryGetValue(output, out var seen) && seen.Parts.TryGetValue(part, out var seenPart):
                seenPart.Done = true;
                break;
            case "response.output_text.delta" or "response.refusal.delta" when _items.TryGetValue(output, out var seen) && seen.Parts.TryGetValue(part, out var seenPart):
                seenPart.Text.Append(JsonFields.String(data, "delta"));
                break;
        }
    }

    public string Cut(string text)
    {
        var events = new NumberedEvents(NextSequence);
        var response = _response?.DeepClone().AsObject()
            ?? Response("resp_bulwark_" + Guid.NewGuid().ToString("N"), model, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        if (!_started)
        {
            events.Add("response.created", new JsonObject { ["response"] = response.DeepClone() });
        }

        // Everything the client saw opened is closed, as incomplete, so that no part or item is left dangling.
        var output = new JsonArray();
        foreach (var (index, item) in _items)
        {
            if (!item.Done)
            {
                Close(index, item, events.Add);
            }

            output.Add(item.Item.DeepClone());
        }

        output.Add(AddMessage(events, NextOutputIndex(output.Count), Paragraph(text)));
        MarkFiltered(response, output);
        events.Add("response.incomplete", new JsonObject { ["response"] = response });
        return events.ToString();
    }

    public AnswerAppendix? Appendix(SseEvent? item, string text)
    {
        if (_appended)
        {
            return null;
        }

        // Before the final event, which restates the whole response: it is sent again with the message in its output.
        JsonObject? final = null;
        if (item is { } next)
        {
            if (next.Item.Data == "[DONE]" || next.Json is not { } data
                || (JsonFields.String(data, "type") ?? next.Item.EventType) is not ("response.completed" or "response.incomplete"))
            {
                return null;
            }

            // A copy: the event's parsed data is shared with the other readers of the event, and this one is rewritten.
            final = data.DeepClone().AsObject();
        }

        _appended = true;
        var events = new NumberedEvents(NextSequence);
        var output = final?["response"]?["output"] as JsonArray;
        var message = AddMessage(events, NextOutputIndex(output?.Count ?? 0), Paragraph(text));
        if (final is null)
        {
            _lastSequence = events.Last;
            return new AnswerAppendix(events.ToString());
        }

        if (final["response"] is JsonObject response)
        {
            if (output is null)
            {
                response["output"] = output = [];
            }

            output.Add(message);
        }

        events.AddRenumbered(final);
        _lastSequence = events.Last;
        return new AnswerAppendix(events.ToString(), ReplacesEvent: true);
    }

    private int NextSequence => _lastSequence is { } last ? last + 1 : 0;

    /// <summary>The output index after every item the client saw and every item <paramref name="known"/> counts.</summary>
    private int NextOutputIndex(int known) => Math.Max(_items.Count > 0 ? _items.Keys.Max() + 1 : 0, known);

    /// <summary>After text already shown, added text starts a paragraph of its own.</summary>
    private string Paragraph(string text) => _releasedText ? "\n\n" + text : text;

    /// <summary>Streams a completed assistant message item holding <paramref name="text"/> at <paramref name="outputIndex"/>; returns the item.</summary>
    private static JsonObject AddMessage(NumberedEvents events, int outputIndex, string text)
    {
        var message = RefusalMessage(text);
        var id = JsonFields.String(message, "id");
        var added = message.DeepClone().AsObject();
        added["status"] = "in_progress";
        added["content"] = new JsonArray();
        events.Add("response.output_item.added", new JsonObject { ["output_index"] = outputIndex, ["item"] = added });
        events.Add("response.content_part.added", new JsonObject { ["item_id"] = id, ["output_index"] = outputIndex, ["content_index"] = 0, ["part"] = OutputText(string.Empty) });
        events.Add("response.output_text.delta", new JsonObject { ["item_id"] = id, ["output_index"] = outputIndex, ["content_index"] = 0, ["delta"] = text, ["logprobs"] = new JsonArray() });
        events.Add("response.output_text.done", new JsonObject { ["item_id"] = id, ["output_index"] = outputIndex, ["content_index"] = 0, ["text"] = text, ["logprobs"] = new JsonArray() });
        events.Add("response.content_part.done", new JsonObject { ["item_id"] = id, ["output_index"] = outputIndex, ["content_index"] = 0, ["part"] = message["content"]![0]!.DeepClone() });
        events.Add("response.output_item.done", new JsonObject { ["output_index"] = outputIndex, ["item"] = message.DeepClone() });
        return message;
    }

    /// <summary>Whether an item event's item, or a response event's output, holds a generated image.</summary>
    private static bool CarriesImage(JsonObject data)
    {
        JsonNode?[] items = data["item"] is JsonObject item ? [item]
            : data["response"] is JsonObject response && response["output"] is JsonArray output ? [.. output]
            : [];
        return items.Any(node => node is JsonObject candidate
            && JsonFields.String(candidate, "type") == "image_generation_call"
            && JsonFields.String(candidate, "result") is { Length: > 0 });
    }

    /// <summary>
    /// Text that an item, part or whole response event carries without it being among the deltas so far. Such events
    /// normally repeat what the deltas said, and then carry nothing new; a server that puts text there that its deltas
    /// did not (or in another order) has it screened as a second answer, whole, before the event can be released.
    /// </summary>
    private StreamedText[] RepeatedText(string type, JsonObject data)
    {
        var carried = new StringBuilder();
        switch (type)
        {
            case "response.output_item.added" or "response.output_item.done" when data["item"] is JsonObject item:
                carried.Append(OpenAiResponsesAdapter.ItemText(item));
                break;
            case "response.content_part.added" or "response.content_part.done" or "response.reasoning_summary_part.added" or "response.reasoning_summary_part.done":
                JsonFields.AppendText(carried, data["part"], true, "text", "refusal");
                break;
            case "response.completed" or "response.incomplete" or "response.failed" when data["response"] is JsonObject { } response && response["output"] is JsonArray output:
                carried.Append(OpenAiResponsesAdapter.OutputText(output));
                break;
        }

        return Repeated(carried);
    }

    /// <summary>Text that repeats what was streamed, or else is screened as an answer of its own.</summary>
    private StreamedText[] Repeated(StringBuilder carried)
    {
        if (carried.Length == 0 || _text.ToString().Contains(carried.ToString(), StringComparison.Ordinal))
        {
            return [];
        }

        if (_repeatedText.Length > 0)
        {
            carried.Insert(0, '\n');
        }

        _repeatedText.Append(carried);
        return [new StreamedText(RepeatedAlternative, carried.ToString())];
    }

    /// <summary>Closes an item the client saw opened: its open text parts done with the text released, the item incomplete.</summary>
    private static void Close(int outputIndex, SeenItem item, Action<string, JsonObject> emit)
    {
        var id = JsonFields.String(item.Item, "id");
        foreach (var (contentIndex, part) in item.Parts)
        {
            var kind = JsonFields.String(part.Part, "type");
            var field = kind == "refusal" ? "refusal" : "text";
            if (part.Part.ContainsKey(field))
            {
                part.Part[field] = part.Text.ToString();
            }

            if (!part.Done)
            {
                if (kind is "output_text" or "refusal")
                {
                    emit($"response.{(kind == "refusal" ? "refusal" : "output_text")}.done", new JsonObject
                    {
                        ["item_id"] = id,
                        ["output_index"] = outputIndex,
                        ["content_index"] = contentIndex,
                        [field] = part.Text.ToString(),
                    });
                }

                emit("response.content_part.done", new JsonObject { ["item_id"] = id, ["output_index"] = outputIndex, ["content_index"] = contentIndex, ["part"] = part.Part.DeepClone() });
            }
        }

        if (item.Parts.Count > 0)
        {
            item.Item["content"] = new JsonArray([.. item.Parts.Values.Select(part => part.Part.DeepClone())]);
        }

        // A tool call cut short keeps no arguments: a client must not run a call made of a fragment.
        if (item.Item.ContainsKey("arguments"))
        {
            item.Item["arguments"] = string.Empty;
        }

        item.Item["status"] = "incomplete";
        emit("response.output_item.done", new JsonObject { ["output_index"] = outputIndex, ["item"] = item.Item.DeepClone() });
        item.Done = true;
    }

    private static JsonObject OutputText(string text) => new()
    {
        ["type"] = "output_text",
        ["text"] = text,
        ["annotations"] = new JsonArray(),
        ["logprobs"] = new JsonArray(),
    };

    private static int Index(JsonObject data, string name) => data[name] is JsonValue value && value.TryGetValue(out int index) ? index : 0;

    /// <summary>Events written by the gateway, numbered on from the last <c>sequence_number</c> the client saw.</summary>
    private sealed class NumberedEvents(int firstSequence)
    {
        private readonly StringBuilder _events = new();
        private int _sequence = firstSequence;

        /// <summary>An event of <paramref name="type"/> with <paramref name="data"/>'s fields after the type and number.</summary>
        public void Add(string type, JsonObject data)
        {
            var fields = new JsonObject { ["type"] = type, ["sequence_number"] = _sequence++ };
            foreach (var (name, value) in data.ToList())
            {
                data.Remove(name);
                fields[name] = value;
            }

            Write(type, fields);
        }

        /// <summary>An upstream event sent again after the gateway's own, with the next number.</summary>
        public void AddRenumbered(JsonObject data)
        {
            data["sequence_number"] = _sequence++;
            Write(JsonFields.String(data, "type") ?? string.Empty, data);
        }

        /// <summary>The number of the last event added.</summary>
        public int Last => _sequence - 1;

        public override string ToString() => _events.ToString();

        private void Write(string type, JsonObject fields) =>
            _events.Append("event: ").Append(type).Append('\n').Append("data: ").Append(fields.ToJsonString(JsonFields.Compact)).Append("\n\n");
    }

    /// <summary>An output item the client saw added, and its content parts.</summary>
    private sealed class SeenItem(JsonObject item)
    {
        public JsonObject Item { get; } = item;

        public SortedDictionary<int, SeenPart> Parts { get; } = [];

        public bool Done { get; set; }
    }

    /// <summary>A content part the client saw added, and the text of it released since.</summary>
    private sealed class SeenPart(JsonObject part)
    {
        public JsonObject Part { get; } = part;

        public StringBuilder Text { get; } = new();

        public bool Done { get; set; }
    }
}
