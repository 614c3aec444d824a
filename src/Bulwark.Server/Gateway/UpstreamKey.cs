namespace Bulwark.Server.Gateway;

/// <summary>
/// What the upstream is told about who is calling. A client with a Bulwark key never has that key forwarded: its
/// credential headers are removed and, when the key maps to an upstream credential, that secret is sent instead in the
/// protocol's header. A client with its own upstream key has it forwarded unchanged.
/// </summary>
/// <param name="ReplaceClientKey">Whether the client's credential headers are removed.</param>
/// <param name="Secret">The upstream API key to send, or null.</param>
/// <param name="Header">Where the secret goes: <see cref="BearerHeader"/> or <see cref="AnthropicHeader"/>.</param>
internal sealed record UpstreamKey(bool ReplaceClientKey, string? Secret, string Header)
{
    public const string BearerHeader = "Authorization";

    public const string AnthropicHeader = "x-api-key";

    private static readonly string[] CredentialHeaders = ["Authorization", "x-api-key", "api-key"];

    public void Apply(HttpRequestMessage request)
    {
        if (!ReplaceClientKey)
        {
            return;
        }

        foreach (var header in CredentialHeaders)
        {
            request.Headers.Remove(header);
        }

        if (Secret is null)
        {
            return;
        }

        if (Header == BearerHeader)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Secret);
        }
        else
        {
            request.Headers.TryAddWithoutValidation(Header, Secret);
        }
    }
}
