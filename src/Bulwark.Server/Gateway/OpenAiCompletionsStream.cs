using System.Text.Json.Nodes;

namespace Bulwark.Server.Gateway;

/// <summary>
/// One streamed Completions answer: <c>text_completion</c> chunks whose choices carry <c>text</c> deltas, then
/// <c>data: [DONE]</c>.
/// </summary>
internal sealed class OpenAiCompletionsStream(string model) : OpenAiChoiceStream(model, "cmpl-bulwark-")
{
    protected override string ObjectName => "text_completion";

    protected override string ChoiceText(JsonObject choice) => JsonFields.String(choice, "text") ?? string.Empty;

    protected override void PutText(JsonObject choice, string? text, bool opensMessage) => choice["text"] = text ?? string.Empty;
}
