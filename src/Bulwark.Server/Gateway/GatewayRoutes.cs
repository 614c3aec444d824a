namespace Bulwark.Server.Gateway;

/// <summary>
/// The screened routes by the names configuration uses for them (<c>Bulwark:Gateway:Upstreams:messages</c>, say):
/// names rather than paths, because environment variable names cannot hold a '/'.
/// </summary>
public static class GatewayRoutes
{
    /// <summary>Route name → path, for every screened route.</summary>
    public static IReadOnlyDictionary<string, string> Paths { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["chat_completions"] = "/v1/chat/completions",
        ["completions"] = "/v1/completions",
        ["responses"] = "/v1/responses",
        ["images_generations"] = "/v1/images/generations",
        ["images_edits"] = "/v1/images/edits",
        ["messages"] = "/v1/messages",
    };
}
