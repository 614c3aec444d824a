using System.Text.Json.Nodes;

namespace Bulwark.Server.Gateway;

/// <summary>OpenAI's error shape (<c>{"error":{"message","type","param","code"}}</c>), shared by every OpenAI route.</summary>
internal static class OpenAiErrors
{
    /// <summary>An error for <paramref name="status"/>, with the code OpenAI uses for it where there is one.</summary>
    public static string For(int status, string message) => Body(status, message, status switch
    {
        413 => "request_too_large",
        405 => "method_not_allowed",
        _ => null,
    });

    /// <summary>A 400 that refuses the request under the content policy, as OpenAI's own refusals do.</summary>
    public static string ContentPolicy(string message) => Body(400, message, "content_policy_violation");

    private static string Body(int status, string message, string? code) => new JsonObject
    {
        ["error"] = new JsonObject
        {
            ["message"] = message,
            ["type"] = status switch
            {
                >= 500 => "server_error",
                404 => "not_found_error",
                _ => "invalid_request_error",
            },
            ["param"] = null,
            ["code"] = code,
        },
    }.ToJsonString(JsonFields.Compact);
}
