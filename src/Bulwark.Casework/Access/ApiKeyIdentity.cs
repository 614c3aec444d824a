namespace Bulwark.Casework.Access;

/// <summary>Who a presented API key belongs to.</summary>
/// <param name="KeyId">The stored key's id.</param>
/// <param name="TenantId">The tenant the request acts for.</param>
/// <param name="UpstreamCredential">The name of the configured upstream credential to forward with.</param>
/// <param name="Prefix">The key's non-secret prefix, safe to log.</param>
public sealed record ApiKeyIdentity(Guid KeyId, string TenantId, string UpstreamCredential, string Prefix);
