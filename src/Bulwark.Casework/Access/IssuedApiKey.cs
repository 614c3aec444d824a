namespace Bulwark.Casework.Access;

/// <summary>A newly issued API key. <see cref="Key"/> exists only here: show it once, it cannot be recovered.</summary>
/// <param name="Id">The stored key's id (for revocation).</param>
/// <param name="Key">The full secret key, <c>bwk_…</c>.</param>
/// <param name="Prefix">The non-secret prefix shown in listings.</param>
/// <param name="TenantId">The tenant.</param>
/// <param name="UpstreamCredential">The name of the upstream credential.</param>
public sealed record IssuedApiKey(Guid Id, string Key, string Prefix, string TenantId, string UpstreamCredential)
{
    /// <summary>Never prints the secret.</summary>
    public override string ToString() => $"{Prefix}… ({TenantId}, upstream {UpstreamCredential})";
}
