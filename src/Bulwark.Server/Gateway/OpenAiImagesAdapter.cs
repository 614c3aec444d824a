using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Bulwark.Server.Gateway;

/// <summary>
/// OpenAI's Images API: <c>POST /v1/images/generations</c> (JSON) and <c>POST /v1/images/edits</c> (multipart: the
/// images to edit, an optional mask, the prompt). The prompt is screened as text and every uploaded image is matched
/// against the banks before anything is forwarded; generated images given inline (<c>b64_json</c>) are matched as model
/// output, and <c>revised_prompt</c>s screened as text. An image answer has no text to carry a message, so a refusal is
/// OpenAI's own for this API: HTTP 400 with <c>code: "content_policy_violation"</c> and the prevention message.
/// Streamed image generation (partial images as events) is refused: the gateway would have to release image bytes it
/// has not matched.
/// </summary>
internal sealed class OpenAiImagesAdapter(bool multipart) : IProtocolAdapter
{
    public string Name => "openai";

    public bool AnswersRefusals => false;

    public bool ReadsStreams => false;

    public ProtocolRequest ReadRequest(JsonNode body)
    {
        var request = JsonFields.RequestObject(body);

        if (JsonFields.String(request, "prompt") is not { } prompt)
        {
            throw new ProtocolRequestException("'prompt' must be a string.");
        }

        RefuseStreaming(request["stream"] is JsonValue stream && stream.TryGetValue(out bool streaming) && streaming);
        return new ProtocolRequest(JsonFields.String(request, "model") ?? string.Empty, false, [prompt], 0, JsonFields.String(request, "user"));
    }

    public ProtocolRequest ReadRequest(byte[] body, string? contentType)
    {
        if (!multipart)
        {
            return IProtocolAdapter.ReadJson(this, body);
        }

        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var mediaType) || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw new ProtocolRequestException("An image edit must be sent as multipart/form-data with a boundary.");
        }

        return ReadMultipartAsync(body, boundary).GetAwaiter().GetResult();
    }

    public string Refusal(string model, string text, bool stream) =>
        throw new InvalidOperationException("The Images API refuses with an error (RefusalError), not an answer.");

    public string RefusalError(string message) => OpenAiErrors.ContentPolicy(message);

    public string Error(int status, string message) => OpenAiErrors.For(status, message);

    public IReadOnlyList<string> AnswerTexts(JsonNode answer) =>
        Data(answer).Select(image => image is JsonObject item ? JsonFields.String(item, "revised_prompt") ?? string.Empty : string.Empty).ToList();

    public IReadOnlyList<ReadOnlyMemory<byte>> AnswerImages(JsonNode answer)
    {
        var images = new List<ReadOnlyMemory<byte>>();
        foreach (var image in Data(answer))
        {
            if (image is JsonObject item && JsonFields.String(item, "b64_json") is { } data)
            {
                try
                {
                    images.Add(Convert.FromBase64String(data));
                }
                catch (FormatException e)
                {
                    throw new FormatException("The upstream's b64_json is not base64.", e);
                }
            }
        }

        return images;
    }

    public void ReplaceAnswer(JsonNode answer, int index, string text) =>
        throw new InvalidOperationException("The Images API refuses with an error (RefusalError), not a replaced answer.");

    /// <summary>An image answer has no text to carry help resources; the answer goes out as generated.</summary>
    public void AppendToAnswer(JsonNode answer, string text)
    {
    }

    public IAnswerStream ReadStream(string model) =>
        throw new InvalidOperationException("Image streams are withheld, never read (ReadsStreams is false).");

    private static JsonArray Data(JsonNode answer) =>
        answer["data"] as JsonArray ?? throw new FormatException("The upstream's answer has no 'data' array.");

    private static void RefuseStreaming(bool stream)
    {
        if (stream)
        {
            throw new ProtocolRequestException("Streamed image generation is not supported by this gateway: partial images cannot be released before they are matched. Send the request without 'stream'.");
        }
    }

    /// <summary>
    /// Text fields are read as UTF-8; file parts named <c>image</c>, <c>image[]</c> or <c>mask</c> are images to match.
    /// Any other file cannot be screened and counts as such for the policy.
    /// </summary>
    private static async Task<ProtocolRequest> ReadMultipartAsync(byte[] body, string boundary)
    {
        var reader = new MultipartReader(boundary, new MemoryStream(body, writable: false));
        var media = new RequestMedia();
        string? prompt = null, model = null, user = null;
        var stream = false;
        try
        {
            while (await reader.ReadNextSectionAsync().ConfigureAwait(false) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                {
                    throw new ProtocolRequestException("Every part of an image edit must be form-data with a name.");
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
                using var content = new MemoryStream();
                await section.Body.CopyToAsync(content).ConfigureAwait(false);
                if (disposition.IsFileDisposition())
                {
                    if (name is "image" or "image[]" or "mask")
                    {
                        media.AddImage(content.ToArray());
                    }
                    else
                    {
                        media.AddUnscreenable();
                    }

                    continue;
                }

                var value = Encoding.UTF8.GetString(content.GetBuffer(), 0, (int)content.Length);
                switch (name)
                {
                    case "prompt":
                        prompt = value;
                        break;
                    case "model":
                        model = value;
                        break;
                    case "user":
                        user = value;
                        break;
                    case "stream":
                        stream = value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase);
                        break;
                }
            }
        }
        catch (IOException e)
        {
            throw new ProtocolRequestException("The multipart body is malformed: " + e.Message);
        }

        if (prompt is null)
        {
            throw new ProtocolRequestException("An image edit needs a 'prompt' field.");
        }

        if (media.Images.Count == 0)
        {
            throw new ProtocolRequestException("An image edit needs an 'image' file.");
        }

        RefuseStreaming(stream);
        return new ProtocolRequest(model ?? string.Empty, false, [prompt], 0, user, media);
    }
}
