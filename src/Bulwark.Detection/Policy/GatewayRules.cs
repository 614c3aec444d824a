namespace Bulwark.Detection.Policy;

/// <summary>
/// How a gateway applies the policy to model API traffic (YAML <c>gateway</c>): the form a refusal takes and what
/// happens to content the gateway cannot screen.
/// </summary>
/// <param name="Refusal">Whether withheld requests are answered with the protocol's filtered answer or an error.</param>
/// <param name="RemoteImages">Whether images given by URL (never fetched: an SSRF door) refuse the request or pass unscreened.</param>
/// <param name="UnscreenableParts">Whether message parts that carry no text and no inline image (audio, files) refuse the request or pass unscreened.</param>
public sealed record GatewayRules(RefusalStyle Refusal, UnscreenedContentRule RemoteImages, UnscreenedContentRule UnscreenableParts)
{
    /// <summary>The defaults when a policy has no <c>gateway</c> section: answer with the refusal, refuse what cannot be screened.</summary>
    public static GatewayRules Default { get; } = new(RefusalStyle.Answer, UnscreenedContentRule.Refuse, UnscreenedContentRule.Refuse);
}
