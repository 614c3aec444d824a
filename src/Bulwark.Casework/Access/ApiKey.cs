namespace Bulwark.Casework.Access;

/// <summary>
/// A stored Bulwark-issued API key. The key itself is never stored: only its SHA-256 and a short, non-secret
/// <see cref="Prefix"/> that finds the row and lets people recognise the key in listings.
/// </summary>
public sealed class ApiKey
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The tenant the key acts for.</summary>
    public required string TenantId { get; set; }

    /// <summary>The first characters of the key (<c>bwk_</c> plus 8 characters): shown in listings, used to find the row.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the full key's UTF-8 bytes.</summary>
    public required byte[] KeyHash { get; set; }

    /// <summary>The name of the upstream credential in configuration that requests with this key are forwarded with.</summary>
    public required string UpstreamCredential { get; set; }

    /// <summary>An optional human label (e.g. "staging app").</summary>
    public string? Label { get; set; }

    /// <summary>When the key was issued.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the key was revoked; null while it is valid.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
