using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bulwark.Server.Gateway;

/// <summary>
/// OpenAI's Chat Completions API (<c>POST /v1/chat/completions</c>), as spoken by OpenAI, vLLM, Ollama and llama.cpp.
/// Text lives in every message's <c>content</c> (a string, or an array of parts of which those carrying <c>text</c>
/// or <c>refusal</c> count) and in assistant tool calls' <c>function.arguments</c>.
/// </summary>
internal sealed class OpenAiChatAdapter : IProtocolAdapter
{
    public string Name => "openai";

    public ProtocolRequest ReadRequest(JsonNode body)
    {
        var request = JsonFields.RequestObject(body);

        if (request["messages"] is not JsonArray messages)
        {
            throw new ProtocolRequestException("'messages' must be an array.");
        }

        var turns = new List<string>(messages.Count);
        var media = new RequestMedia();
        var assistantTurns = 0;
        foreach (var node in messages)
        {
            if (node is not JsonObject message)
            {
                throw new ProtocolRequestException("Every message must be an object.");
            }

            if (JsonFields.String(message, "role") == "assistant")
            {
                assistantTurns++;
            }

            if (message["content"] is JsonArray parts)
            {
                CollectMedia(parts, media);
            }

            if (message["tool_calls"] is not JsonArray calls)
            {
                turns.Add(JsonFields.Text(message["content"], "text", "refusal"));
                continue;
            }

            var text = new StringBuilder();
            JsonFields.AppendText(text, message["content"], true, "text", "refusal");
            foreach (var call in calls)
            {
                JsonFields.AppendText(text, call?["function"]?["arguments"], true);
            }

            turns.Add(text.ToString());
        }

        return new ProtocolRequest(
            JsonFields.String(request, "model") ?? string.Empty,
            request["stream"] is JsonValue stream && stream.TryGetValue(out bool streaming) && streaming,
            turns,
            assistantTurns,
            JsonFields.String(request, "user"),
            media);
    }

    /// <summary>Image parts (<c>image_url</c>) and parts that carry no text (<c>input_audio</c>, <c>file</c>, unknown types).</summary>
    private static void CollectMedia(JsonArray parts, RequestMedia media)
    {
        foreach (var node in parts)
        {
            if (node is not JsonObject part || JsonFields.String(part, "text") is not null || JsonFields.String(part, "refusal") is not null)
            {
                continue;
            }

            if (JsonFields.String(part, "type") == "image_url")
            {
                var url = part["image_url"] is JsonObject image ? JsonFields.String(image, "url") : JsonFields.String(part, "image_url");
                media.AddImageUrl(url ?? throw new ProtocolRequestException("An image_url part needs image_url.url."));
            }
            else
            {
                media.AddUnscreenable();
            }
        }
    }

    public string Refusal(string model, string text, bool stream)
    {
        if (stream)
        {
            return ReadStream(model).Cut(text);
        }

        return new JsonObject
        {
            ["id"] = "chatcmpl-bulwark-" + Guid.NewGuid().ToString("N"),
            ["object"] = "chat.completion",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = text, ["refusal"] = null },
                ["logprobs"] = null,
                ["finish_reason"] = "content_filter",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 0, ["completion_tokens"] = 0, ["total_tokens"] = 0 },
        }.ToJsonString(JsonFields.Compact);
    }

    public string RefusalError(string message) => OpenAiErrors.ContentPolicy(message);

    public string Error(int status, string message) => OpenAiErrors.For(status, message);

    public IReadOnlyList<string> AnswerTexts(JsonNode answer)
    {
        if (answer["choices"] is not JsonArray choices)
        {
            throw new FormatException("The upstream's answer has no 'choices' array.");
        }

        return [.. choices.Select(choice =>
        {
            var text = new StringBuilder();
            if (choice?["message"] is JsonObject message)
            {
                JsonFields.AppendText(text, message["content"], true, "text", "refusal");
                JsonFields.AppendText(text, message["refusal"], true);
                if (message["tool_calls"] is JsonArray calls)
                {
                    foreach (var call in calls)
                    {
                        JsonFields.AppendText(text, call?["function"]?["arguments"], true);
                    }
                }
            }

            return text.ToString();
        })];
    }

    public void ReplaceAnswer(JsonNode answer, int index, string text)
    {
        var choice = answer["choices"]![index]!.AsObject();
        choice["message"] = new JsonObject { ["role"] = "assistant", ["content"] = text, ["refusal"] = null };
        choice["finish_reason"] = "content_filter";
    }

    public void AppendToAnswer(JsonNode answer, string text)
    {
        foreach (var choice in answer["choices"]!.AsArray())
        {
            if (choice?["message"] is JsonObject message && message["content"] is JsonValue content && content.TryGetValue(out string? existing))
            {
                message["content"] = existing + "\n\n" + text;
            }
        }
    }

    public IAnswerStream ReadStream(string model) => new OpenAiChatStream(model);
}
