using Bulwark.Detection.Signals;

namespace Bulwark.Detection.Hashing.Exact;

/// <summary>
/// The exact digests of one content's bytes, as lowercase hex. A digest is null when it was not asked for.
/// </summary>
/// <param name="Length">Number of bytes hashed.</param>
/// <param name="Md5">32-digit lowercase hex MD5, or null.</param>
/// <param name="Sha256">64-digit lowercase hex SHA-256, or null.</param>
public sealed record ExactDigests(long Length, string? Md5, string? Sha256)
{
    /// <summary>The computed digests as signals, MD5 first, ready to look up in a bank.</summary>
    public IReadOnlyList<Signal> ToSignals()
    {
        var signals = new List<Signal>(2);
        if (Md5 is not null)
        {
            signals.Add(Signal.FromTrustedHex(SignalType.Md5, Md5));
        }

        if (Sha256 is not null)
        {
            signals.Add(Signal.FromTrustedHex(SignalType.Sha256, Sha256));
        }

        return signals;
    }
}
