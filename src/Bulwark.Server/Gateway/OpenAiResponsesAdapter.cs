using System.Text;
using System.Text.Json.Nodes;

namespace Bulwark.Server.Gateway;

/// <summary>
/// OpenAI's Responses API (<c>POST /v1/responses</c>). Text lives in <c>instructions</c>, in <c>input</c> (a string, or
/// items: messages whose <c>content</c> is a string or parts, tool calls' <c>arguments</c> and <c>input</c>, tool
/// outputs' <c>output</c>, reasoning summaries) and in a reusable prompt's <c>variables</c>; the answer's in its
/// <c>output</c> items, read the same way. A refusal is a <c>response</c> with <c>status: "incomplete"</c>,
/// <c>incomplete_details.reason: "content_filter"</c> and one assistant message carrying the text as
/// <c>output_text</c>, so the SDKs' output text shows it.
/// </summary>
internal sealed class OpenAiResponsesAdapter : IProtocolAdapter
{
    public string Name => "openai";

    /// <remarks>
    /// Items are screened by the fields that carry text, whatever their type, so an item or part type this gateway
    /// does not know is screened as text when it has a <c>text</c>, <c>refusal</c>, <c>arguments</c>, <c>input</c> or
    /// <c>output</c> string. Parts without text go to the request's media: an <c>input_image</c>'s data URL is matched
    /// against the banks, an image by URL or uploaded file id is a remote image, and every other part without text
    /// (<c>input_file</c>, <c>input_audio</c>, unknown types) cannot be screened; the policy's gateway rules refuse or
    /// pass those. Turns kept upstream (<c>previous_response_id</c>, <c>conversation</c>) are screened from what this
    /// gateway remembers of them (<see cref="ConversationMemory"/>); an <c>item_reference</c> is not seen.
    /// </remarks>
    public ProtocolRequest ReadRequest(JsonNode body)
    {
        var request = JsonFields.RequestObject(body);

        var turns = new List<string>();
        var media = new RequestMedia();
        var assistantTurns = 0;
        switch (request["instructions"])
        {
            case null:
                break;
            case JsonValue value when value.TryGetValue(out string? instructions):
                turns.Add(instructions);
                break;
            default:
                throw new ProtocolRequestException("'instructions' must be a string.");
        }

        switch (request["input"])
        {
            case null:
                break;
            case JsonValue value when value.TryGetValue(out string? input):
                turns.Add(input);
                break;
            case JsonArray items:
                foreach (var node in items)
                {
                    if (node is not JsonObject item)
                    {
                        throw new ProtocolRequestException("Every item of 'input' must be an object.");
                    }

                    if (JsonFields.String(item, "role") == "assistant")
                    {
                        assistantTurns++;
                    }

                    turns.Add(ItemText(item));
                    CollectMedia(item["content"], media);
                    CollectMedia(item["output"], media);
                }

                break;
            default:
                throw new ProtocolRequestException("'input' must be a string or an array of items.");
        }

        // A reusable prompt's variables are substituted into it upstream: strings or input parts.
        if (request["prompt"] is JsonObject prompt && prompt["variables"] is JsonObject variables)
        {
            foreach (var (_, variable) in variables)
            {
                turns.Add(JsonFields.Text(variable, "text"));
                CollectMedia(variable is JsonObject part ? new JsonArray(part.DeepClone()) : null, media);
            }
        }

        return new ProtocolRequest(
            JsonFields.String(request, "model") ?? string.Empty,
            request["stream"] is JsonValue stream && stream.TryGetValue(out bool streaming) && streaming,
            turns,
            assistantTurns,
            JsonFields.String(request, "safety_identifier") ?? JsonFields.String(request, "user"),
            media)
        {
            PreviousResponseId = JsonFields.String(request, "previous_response_id"),
            // A conversation is named by its id, or by an object holding it.
            ConversationId = JsonFields.String(request, "conversation")
                ?? (request["conversation"] is JsonObject conversation ? JsonFields.String(conversation, "id") : null),
            Stored = !(request["store"] is JsonValue store && store.TryGetValue(out bool stored) && !stored),
        };
    }

    public string? AnswerId(JsonNode answer) => answer is JsonObject response ? JsonFields.String(response, "id") : null;

    /// <summary>Image parts (<c>input_image</c>) and parts that carry no text (<c>input_file</c>, <c>input_audio</c>, unknown types).</summary>
    private static void CollectMedia(JsonNode? content, RequestMedia media)
    {
        if (content is not JsonArray parts)
        {
            return;
        }

        foreach (var node in parts)
        {
            if (node is not JsonObject part || JsonFields.String(part, "text") is not null || JsonFields.String(part, "refusal") is not null)
            {
                continue;
            }

            if (JsonFields.String(part, "type") != "input_image")
            {
                media.AddUnscreenable();
            }
            else if (JsonFields.String(part, "image_url") is { } url)
            {
                media.AddImageUrl(url);
            }
            else if (JsonFields.String(part, "file_id") is not null)
            {
                // An uploaded file: the gateway cannot read it, as it cannot fetch a URL.
                media.AddRemoteImage();
            }
            else
            {
                throw new ProtocolRequestException("An input_image part needs image_url or file_id.");
            }
        }
    }

    public string Refusal(string model, string text, bool stream)
    {
        if (stream)
        {
            return ReadStream(model).Cut(text);
        }

        var response = OpenAiResponsesStream.Response("resp_bulwark_" + Guid.NewGuid().ToString("N"), model, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        OpenAiResponsesStream.MarkFiltered(response, [OpenAiResponsesStream.RefusalMessage(text)]);
        return response.ToJsonString(JsonFields.Compact);
    }

    public string Error(int status, string message) => OpenAiErrors.For(status, message);

    public string RefusalError(string message) => OpenAiErrors.ContentPolicy(message);

    public IReadOnlyList<string> AnswerTexts(JsonNode answer) => answer["output"] is JsonArray output
        ? [OutputText(output)]
        : throw new FormatException("The upstream's answer has no 'output' array.");

    /// <summary>Images generated by the image generation tool (<c>image_generation_call</c> items' base64 <c>result</c>).</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> AnswerImages(JsonNode answer)
    {
        var images = new List<ReadOnlyMemory<byte>>();
        foreach (var item in answer["output"] as JsonArray ?? [])
        {
            if (item is JsonObject call && JsonFields.String(call, "type") == "image_generation_call" && JsonFields.String(call, "result") is { Length: > 0 } data)
            {
                try
                {
                    images.Add(Convert.FromBase64String(data));
                }
                catch (FormatException e)
                {
                    throw new FormatException("The upstream's image_generation_call result is not base64.", e);
                }
            }
        }

        return images;
    }

    public void ReplaceAnswer(JsonNode answer, int index, string text)
    {
        var response = answer.AsObject();
        OpenAiResponsesStream.MarkFiltered(response, [OpenAiResponsesStream.RefusalMessage(text)]);
        if (response.ContainsKey("output_text"))
        {
            // Some servers add the SDKs' convenience field; it must not keep the withheld text.
            response["output_text"] = text;
        }
    }

    public void AppendToAnswer(JsonNode answer, string text)
    {
        // The closing paragraph goes at the end of the last output text, where a reader of the answer ends.
        var last = answer["output"]?.AsArray()
            .OfType<JsonObject>()
            .Where(item => JsonFields.String(item, "type") == "message")
            .SelectMany(item => item["content"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .LastOrDefault(part => JsonFields.String(part, "type") == "output_text" && JsonFields.String(part, "text") is not null);
        if (last is not null)
        {
            last["text"] = JsonFields.String(last, "text") + "\n\n" + text;
            if (answer["output_text"] is JsonValue outputText && outputText.TryGetValue(out string? whole))
            {
                answer["output_text"] = whole + "\n\n" + text;
            }
        }
    }

    public IAnswerStream ReadStream(string model) => new OpenAiResponsesStream(model);

    /// <summary>The text of a response's output items, in order, separated by line breaks.</summary>
    internal static string OutputText(JsonArray output)
    {
        var text = new StringBuilder();
        foreach (var item in output)
        {
            if (item is JsonObject outputItem && ItemText(outputItem) is { Length: > 0 } piece)
            {
                if (text.Length > 0)
                {
                    text.Append('\n');
                }

                text.Append(piece);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The text of one input or output item, its pieces separated by line breaks: a message's content (a string, or
    /// parts carrying <c>text</c> or <c>refusal</c>), a tool call's <c>arguments</c> or <c>input</c>, a tool output's
    /// <c>output</c> (a string or parts), a reasoning item's <c>summary</c> and <c>content</c>, and the <c>text</c> of
    /// an item of a type not known here.
    /// </summary>
    internal static string ItemText(JsonObject item)
    {
        var text = new StringBuilder();
        JsonFields.AppendText(text, item, true, "text", "refusal", "arguments");
        if (item["input"] is JsonValue input && input.TryGetValue(out string? inputText))
        {
            JsonFields.AppendText(text, inputText, true);
        }

        JsonFields.AppendText(text, item["output"], true, "text");
        JsonFields.AppendText(text, item["summary"], true, "text");
        return text.ToString();
    }
}
