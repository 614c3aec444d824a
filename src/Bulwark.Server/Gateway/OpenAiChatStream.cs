using System.Text;
using System.Text.Json.Nodes;

namespace Bulwark.Server.Gateway;

/// <summary>
/// One streamed Chat Completions answer: <c>chat.completion.chunk</c> events whose choices carry deltas
/// (<c>content</c>, <c>refusal</c>, tool call <c>function.arguments</c>), then <c>data: [DONE]</c>.
/// </summary>
internal sealed class OpenAiChatStream(string model) : OpenAiChoiceStream(model, "chatcmpl-bulwark-")
{
    protected override string ObjectName => "chat.completion.chunk";

    protected override string ChoiceText(JsonObject choice)
    {
        if (choice["delta"] is not JsonObject delta)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        JsonFields.AppendText(text, delta["content"], false, "text", "refusal");
        JsonFields.AppendText(text, delta["refusal"], false);
        if (delta["tool_calls"] is JsonArray calls)
        {
            foreach (var call in calls)
            {
                JsonFields.AppendText(text, call?["function"]?["arguments"], false);
            }
        }

        return text.ToString();
    }

    protected override void PutText(JsonObject choice, string? text, bool opensMessage) =>
        choice["delta"] = text is null ? new JsonObject()
            : opensMessage ? new JsonObject { ["role"] = "assistant", ["content"] = text }
            : new JsonObject { ["content"] = text };
}
