namespace Bulwark.Server.Gateway;

/// <summary>Who is calling the gateway: the tenant, and, when it presented a Bulwark-issued key, which one.</summary>
/// <param name="TenantId">The key's tenant, or <see cref="DefaultTenant"/> for a client that presented no Bulwark key.</param>
/// <param name="KeyPrefix">The key's non-secret display prefix (<c>bwk_xxxxxxxx</c>); null without a Bulwark key.</param>
/// <param name="UpstreamCredential">The name of the configured upstream credential the key maps to; null without a Bulwark key.</param>
internal sealed record GatewayCaller(string TenantId, string? KeyPrefix, string? UpstreamCredential)
{
    /// <summary>The tenant of clients that present their own upstream key (the gateway holds no keys for them).</summary>
    public const string DefaultTenant = "default";

    public static GatewayCaller Anonymous { get; } = new(DefaultTenant, null, null);

    /// <summary>Whether the caller authenticated with a Bulwark key, whose own value must never reach the upstream.</summary>
    public bool HasBulwarkKey => KeyPrefix is not null;
}
