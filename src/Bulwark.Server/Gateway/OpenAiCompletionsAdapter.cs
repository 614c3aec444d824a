using System.Text.Json.Nodes;

namespace Bulwark.Server.Gateway;

/// <summary>
/// OpenAI's legacy Completions API (<c>POST /v1/completions</c>), still served by vLLM, llama.cpp and Ollama. Text
/// lives in <c>prompt</c> (a string or an array of strings, each its own prompt of a batch) and <c>suffix</c>; the
/// answer in every choice's <c>text</c>. A prompt given as token ids is refused: see <see cref="ReadRequest"/>.
/// </summary>
internal sealed class OpenAiCompletionsAdapter : IProtocolAdapter
{
    /// <summary>Why a token-id prompt gets 400: the client should know what to send instead.</summary>
    internal const string TokenPromptRefused =
        "'prompt' must be a string or an array of strings: this gateway screens prompts as text and cannot read token ids, so a prompt given as token ids is refused.";

    public string Name => "openai";

    /// <remarks>
    /// A prompt of token ids (an array of integers, or of arrays of integers) is refused rather than forwarded: the
    /// ids mean text only under the model's own tokenizer, which the gateway does not have, so such a prompt cannot be
    /// screened, and forwarding what cannot be screened would make token ids a way around the screen (fail closed).
    /// </remarks>
    public ProtocolRequest ReadRequest(JsonNode body)
    {
        var request = JsonFields.RequestObject(body);

        var turns = new List<string>();
        switch (request["prompt"])
        {
            case null:
                // OpenAI defaults an absent prompt to the start-of-document token: no text.
                break;
            case JsonValue value when value.TryGetValue(out string? prompt):
                turns.Add(prompt);
                break;
            case JsonArray prompts:
                foreach (var prompt in prompts)
                {
                    turns.Add(prompt is JsonValue item && item.TryGetValue(out string? text)
                        ? text
                        : throw new ProtocolRequestException(TokenPromptRefused));
                }

                break;
            default:
                throw new ProtocolRequestException(TokenPromptRefused);
        }

        if (request["suffix"] is { } suffixNode)
        {
            turns.Add(suffixNode is JsonValue suffix && suffix.TryGetValue(out string? text)
                ? text
                : throw new ProtocolRequestException("'suffix' must be a string."));
        }

        return new ProtocolRequest(
            JsonFields.String(request, "model") ?? string.Empty,
            request["stream"] is JsonValue stream && stream.TryGetValue(out bool streaming) && streaming,
            turns,
            0,
            JsonFields.String(request, "user"));
    }

    public string Refusal(string model, string text, bool stream) => stream
        ? ReadStream(model).Cut(text)
        : new JsonObject
        {
            ["id"] = "cmpl-bulwark-" + Guid.NewGuid().ToString("N"),
            ["object"] = "text_completion",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["text"] = text,
                ["logprobs"] = null,
                ["finish_reason"] = "content_filter",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 0, ["completion_tokens"] = 0, ["total_tokens"] = 0 },
        }.ToJsonString(JsonFields.Compact);

    public string Error(int status, string message) => OpenAiErrors.For(status, message);

    public string RefusalError(string message) => OpenAiErrors.ContentPolicy(message);

    public IReadOnlyList<string> AnswerTexts(JsonNode answer) => answer["choices"] is JsonArray choices
        ? [.. choices.Select(choice => choice is JsonObject c ? JsonFields.String(c, "text") ?? string.Empty : string.Empty)]
        : throw new FormatException("The upstream's answer has no 'choices' array.");

    public void ReplaceAnswer(JsonNode answer, int index, string text)
    {
        var choice = answer["choices"]![index]!.AsObject();
        choice["text"] = text;
        choice["logprobs"] = null;
        choice["finish_reason"] = "content_filter";
    }

    public void AppendToAnswer(JsonNode answer, string text)
    {
        foreach (var choice in answer["choices"]!.AsArray())
        {
            if (choice is JsonObject c && JsonFields.String(c, "text") is { } existing)
            {
                c["text"] = existing + "\n\n" + text;
            }
        }
    }

    public IAnswerStream ReadStream(string model) => new OpenAiCompletionsStream(model);
}
