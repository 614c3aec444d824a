using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bulwark.Server.Gateway;

/// <summary>Reading text out of loosely typed protocol JSON, shared by the protocol adapters.</summary>
internal static class JsonFields
{
    /// <summary>Compact output; non-ASCII left as is so prevention messages in every language stay readable on the wire.</summary>
    public static JsonSerializerOptions Compact { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A request body, which every protocol sends as a JSON object.</summary>
    /// <exception cref="ProtocolRequestException">It is not one.</exception>
    public static JsonObject RequestObject(JsonNode body) =>
        body as JsonObject ?? throw new ProtocolRequestException("The request body must be a JSON object.");

    /// <summary>The string value of <paramref name="name"/>, or null when it is absent or not a string.</summary>
    public static string? String(JsonObject node, string name) =>
        node[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    /// <summary>
    /// The text <see cref="AppendText"/> collects from <paramref name="content"/> with line breaks between pieces,
    /// without a copy when it is a plain string (most messages).
    /// </summary>
    public static string Text(JsonNode? content, params string[] textFields)
    {
        if (content is JsonValue value && value.TryGetValue(out string? whole))
        {
            return whole;
        }

        var text = new StringBuilder();
        AppendText(text, content, true, textFields);
        return text.ToString();
    }

    /// <summary>
    /// Appends the text in <paramref name="content"/>: a string itself, or, in an array of parts, each part's string
    /// fields named in <paramref name="textFields"/> and, recursively, its nested <c>content</c>. With
    /// <paramref name="separator"/>, pieces are separated by a line break (parts are separate paragraphs); without it,
    /// they are joined as is (stream deltas are pieces of one text, and a join must not invent a space).
    /// </summary>
    public static void AppendText(StringBuilder text, JsonNode? content, bool separator, params string[] textFields)
    {
        switch (content)
        {
            case JsonValue value when value.TryGetValue(out string? piece):
                Append(text, piece, separator);
                break;
            case JsonArray parts:
                foreach (var part in parts)
                {
                    AppendText(text, part, separator, textFields);
                }

                break;
            case JsonObject part:
                foreach (var field in textFields)
                {
                    if (String(part, field) is { } piece)
                    {
                        Append(text, piece, separator);
                    }
                }

                if (part["content"] is { } nested)
                {
                    AppendText(text, nested, separator, textFields);
                }

                break;
        }
    }

    private static void Append(StringBuilder text, string piece, bool separator)
    {
        if (separator && text.Length > 0 && piece.Length > 0)
        {
            text.Append('\n');
        }

        text.Append(piece);
    }
}
