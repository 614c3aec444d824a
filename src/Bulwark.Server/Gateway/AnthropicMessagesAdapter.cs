using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json.Nodes;

namespace Bulwark.Server.Gateway;

/// <summary>
/// Anthropic's Messages API (<c>POST /v1/messages</c>). Text lives in <c>system</c> (a string or text blocks) and in
/// every message's <c>content</c> (a string, or blocks: <c>text</c>, <c>thinking</c>, <c>tool_use</c> input,
/// <c>tool_result</c> content, recursively). A refusal is a normal message with <c>stop_reason: "refusal"</c>.
/// </summary>
internal sealed class AnthropicMessagesAdapter : IProtocolAdapter
{
    private static readonly string[] TextFields = ["text", "thinking"];

    public string Name => "anthropic";

    public ProtocolRequest ReadRequest(JsonNode body)
    {
        if (body is not JsonObject request)
        {
            throw new ProtocolRequestException("The request body must be a JSON object.");
        }

        if (request["messages"] is not JsonArray messages)
        {
            throw new ProtocolRequestException("messages: Field required");
        }

        var turns = new List<string>(messages.Count + 1);
        if (request["system"] is { } system)
        {
            var text = new StringBuilder();
            JsonFields.AppendText(text, system, true, TextFields);
            turns.Add(text.ToString());
        }

        var assistantTurns = 0;
        foreach (var node in messages)
        {
            if (node is not JsonObject message)
            {
                throw new ProtocolRequestException("messages: every message must be an object.");
            }

            if (JsonFields.String(message, "role") == "assistant")
            {
                assistantTurns++;
            }

            turns.Add(BlocksText(message["content"], separator: true));
        }

        return new ProtocolRequest(
            JsonFields.String(request, "model") ?? string.Empty,
            request["stream"] is JsonValue stream && stream.TryGetValue(out bool streaming) && streaming,
            turns,
            assistantTurns,
            request["metadata"] is JsonObject metadata ? JsonFields.String(metadata, "user_id") : null);
    }

    public string Refusal(string model, string text, bool stream)
    {
        var id = "msg_bulwark_" + Guid.NewGuid().ToString("N");
        JsonObject Message(JsonArray content, string? stopReason) => new()
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

        if (!stream)
        {
            return Message([new JsonObject { ["type"] = "text", ["text"] = text }], "refusal").ToJsonString(JsonFields.Compact);
        }

        // The documented event sequence of a streamed message, ending with stop_reason "refusal".
        var events = new StringBuilder();
        void Event(string type, JsonObject data)
        {
            data["type"] = type;
            events.Append("event: ").Append(type).Append('\n').Append("data: ").Append(data.ToJsonString(JsonFields.Compact)).Append("\n\n");
        }

        Event("message_start", new JsonObject { ["message"] = Message([], null) });
        Event("content_block_start", new JsonObject { ["index"] = 0, ["content_block"] = new JsonObject { ["type"] = "text", ["text"] = string.Empty } });
        Event("content_block_delta", new JsonObject { ["index"] = 0, ["delta"] = new JsonObject { ["type"] = "text_delta", ["text"] = text } });
        Event("content_block_stop", new JsonObject { ["index"] = 0 });
        Event("message_delta", new JsonObject
        {
            ["delta"] = new JsonObject { ["stop_reason"] = "refusal", ["stop_sequence"] = null },
            ["usage"] = new JsonObject { ["output_tokens"] = 0 },
        });
        Event("message_stop", []);
        return events.ToString();
    }

    public string Error(int status, string message) => new JsonObject
    {
        ["type"] = "error",
        ["error"] = new JsonObject
        {
            ["type"] = status switch
            {
                413 => "request_too_large",
                404 => "not_found_error",
                504 => "timeout_error",
                >= 500 => "api_error",
                _ => "invalid_request_error",
            },
            ["message"] = message,
        },
    }.ToJsonString(JsonFields.Compact);

    public IReadOnlyList<string> AnswerTexts(JsonNode answer) =>
        answer["content"] is JsonArray content ? [BlocksText(content, separator: true)] : throw new FormatException("The upstream's answer has no 'content' array.");

    public void ReplaceAnswer(JsonNode answer, int index, string text)
    {
        answer["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text });
        answer["stop_reason"] = "refusal";
        answer["stop_sequence"] = null;
    }

    public void AppendToAnswer(JsonNode answer, string text) =>
        answer["content"]!.AsArray().Add(new JsonObject { ["type"] = "text", ["text"] = text });

    public IReadOnlyList<string> StreamedTexts(IReadOnlyList<SseItem<string>> events)
    {
        var blocks = new SortedDictionary<int, StringBuilder>();
        foreach (var item in events)
        {
            if (JsonNode.Parse(item.Data) is not JsonObject data)
            {
                continue;
            }

            var index = data["index"] is JsonValue value && value.TryGetValue(out int i) ? i : 0;
            var piece = JsonFields.String(data, "type") switch
            {
                "content_block_start" => data["content_block"],
                "content_block_delta" => data["delta"],
                _ => null,
            };
            if (piece is JsonObject block)
            {
                if (!blocks.TryGetValue(index, out var text))
                {
                    blocks[index] = text = new StringBuilder();
                }

                // Deltas are pieces of one text: joined as sent, never with an invented space.
                foreach (var field in (string[])["text", "thinking", "partial_json"])
                {
                    text.Append(JsonFields.String(block, field));
                }
            }
        }

        return [string.Join('\n', blocks.Values.Select(text => text.ToString()))];
    }

    private static string BlocksText(JsonNode? content, bool separator)
    {
        var text = new StringBuilder();
        JsonFields.AppendText(text, content, separator, TextFields);
        if (content is JsonArray blocks)
        {
            foreach (var block in blocks)
            {
                if (block?["input"] is JsonObject input)
                {
                    JsonFields.AppendText(text, input.ToJsonString(JsonFields.Compact), separator);
                }
            }
        }

        return text.ToString();
    }
}
