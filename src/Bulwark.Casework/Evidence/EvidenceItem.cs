namespace Bulwark.Casework.Evidence;

/// <summary>
/// One piece of evidence, encrypted at rest (AES-256-GCM) under its own random data key, which is stored wrapped
/// by a master key. Only <see cref="EvidenceVault"/> reads or writes the secret fields; plaintext never reaches
/// the database.
/// </summary>
public sealed class EvidenceItem
{
    /// <summary>The row's id; also bound into the ciphertext, so content cannot be moved between rows.</summary>
    public Guid Id { get; set; }

    /// <summary>The tenant the content came from, if any.</summary>
    public string? TenantId { get; set; }

    /// <summary>The content's media type, e.g. <c>text/plain; charset=utf-8</c> or <c>image/jpeg</c>.</summary>
    public required string ContentType { get; set; }

    /// <summary>The plaintext's length in bytes.</summary>
    public long Size { get; set; }

    /// <summary>SHA-256 of the plaintext, checked again after every decryption.</summary>
    public required byte[] PlaintextSha256 { get; set; }

    /// <summary>The content encrypted under the data key.</summary>
    public required byte[] Ciphertext { get; set; }

    /// <summary>The content's 12-byte GCM nonce.</summary>
    public required byte[] Nonce { get; set; }

    /// <summary>The content's 16-byte GCM tag.</summary>
    public required byte[] Tag { get; set; }

    /// <summary>The data key wrapped by the master key <see cref="MasterKeyId"/> (nonce, ciphertext and tag).</summary>
    public required byte[] WrappedKey { get; set; }

    /// <summary>Which master key wraps <see cref="WrappedKey"/>.</summary>
    public required string MasterKeyId { get; set; }

    /// <summary>When it was stored.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When ordinary retention ends; purge deletes it after this unless a hold applies.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The end of the preservation hold that a report starts (18 U.S.C. 2258A(h)); null when none.</summary>
    public DateTimeOffset? PreservedUntil { get; set; }

    /// <summary>Whether a legal hold keeps it regardless of dates.</summary>
    public bool LegalHold { get; set; }

    /// <summary>Why the legal hold was placed.</summary>
    public string? LegalHoldReason { get; set; }

    /// <summary>Optimistic concurrency token: holds, rotation and purge cannot overwrite each other.</summary>
    public Guid Version { get; set; }
}
