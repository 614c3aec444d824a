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
        var request = JsonFields.RequestObject(body);

        if (request["messages"] is not JsonArray messages)
        {
            throw new ProtocolRequestException("messages: Field required");
        }

        var turns = new List<string>(messages.Count + 1);
        var media = new RequestMedia();
        if (request["system"] is { } system)
        {
            turns.Add(JsonFields.Text(system, TextFields));
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

            turns.Add(BlocksText(message["content"]));
            CollectMedia(message["content"], media);
        }

        return new ProtocolRequest(
            JsonFields.String(request, "model") ?? string.Empty,
            request["stream"] is JsonValue stream && stream.TryGetValue(out bool streaming) && streaming,
            turns,
            assistantTurns,
            request["metadata"] is JsonObject metadata ? JsonFields.String(metadata, "user_id") : null,
            media);
    }

    /// <summary>
    /// Image blocks (base64 sources decoded; url and file sources counted as remote) and blocks that carry no text
    /// (documents other than plain text), also inside tool results.
    /// </summary>
    private static void CollectMedia(JsonNode? content, RequestMedia media)
    {
        if (content is not JsonArray blocks)
        {
            return;
        }

        foreach (var node in blocks)
        {
            if (node is not JsonObject block)
            {
                continue;
            }

            var source = block["source"] as JsonObject;
            switch (JsonFields.String(block, "type"))
            {
                case "image" when source is not null && JsonFields.String(source, "type") == "base64":
                    media.AddBase64Image(JsonFields.String(source, "data") ?? throw new ProtocolRequestException("messages: an image block's base64 source needs data."));
                    break;
                case "image":
                    media.AddRemoteImage();
                    break;
                case "document" when source is not null && JsonFields.String(source, "type") == "text":
                    break;
                case "tool_result":
                    CollectMedia(block["content"], media);
                    break;
                case "text" or "thinking" or "redacted_thinking" or "tool_use" or "server_tool_use":
                    break;
                default:
                    if (JsonFields.String(block, "text") is null)
                    {
                        media.AddUnscreenable();
                    }

                    break;
            }
        }
    }

    public string Refusal(string model, string text, bool stream) => stream
        ? ReadStream(model).Cut(text)
        : AnthropicMessagesStream.Message("msg_bulwark_" + Guid.NewGuid().ToString("N"), model, [new JsonObject { ["type"] = "text", ["text"] = text }], "refusal").ToJsonString(JsonFields.Compact);

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
        answer["content"] is JsonArray content ? [BlocksText(content)] : throw new FormatException("The upstream's answer has no 'content' array.");

    public void ReplaceAnswer(JsonNode answer, int index, string text)
    {
        answer["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text });
        answer["stop_reason"] = "refusal";
        answer["stop_sequence"] = null;
    }

    public void AppendToAnswer(JsonNode answer, string text) =>
        answer["content"]!.AsArray().Add(new JsonObject { ["type"] = "text", ["text"] = text });

    public IAnswerStream ReadStream(string model) => new AnthropicMessagesStream(model);

    private static string BlocksText(JsonNode? content)
    {
        if (content is not JsonArray blocks)
        {
            return JsonFields.Text(content, TextFields);
        }

        var text = new StringBuilder();
        JsonFields.AppendText(text, blocks, true, TextFields);
        foreach (var block in blocks)
        {
            if (block?["input"] is JsonObject input)
            {
                JsonFields.AppendText(text, input.ToJsonString(JsonFields.Compact), true);
            }

            // A plain-text document is text like any other.
            if (block?["source"] is JsonObject source && JsonFields.String(source, "type") == "text")
            {
                JsonFields.AppendText(text, source["data"], true);
            }
        }

        return text.ToString();
    }
}
