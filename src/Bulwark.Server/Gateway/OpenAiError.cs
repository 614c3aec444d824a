using System.Text.Json.Nodes;

namespace Bulwark.Server.Gateway;

/// <summary>OpenAI's error body, shared by every OpenAI route so that the SDKs raise their usual exceptions.</summary>
internal static class OpenAiError
{
    /// <summary><c>{"error":{"message","type","param","code"}}</c> for <paramref name="status"/>.</summary>
    public static string Json(int status, string message) => new JsonObject
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
            ["code"] = status switch
            {
                413 => "request_too_large",
                405 => "method_not_allowed",
                _ => null,
            },
        },
    }.ToJsonString(JsonFields.Compact);
}
