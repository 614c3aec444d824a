namespace Bulwark.Casework.Evidence;

/// <summary>
/// Evidence could not be decrypted and verified: the ciphertext, its wrapped key or its metadata was altered, or
/// the configured master key is not the one it was sealed with. Never returned as garbage: the vault throws this.
/// </summary>
public sealed class EvidenceIntegrityException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EvidenceIntegrityException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public EvidenceIntegrityException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public EvidenceIntegrityException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
