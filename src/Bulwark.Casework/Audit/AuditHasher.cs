using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bulwark.Casework.Audit;

/// <summary>
/// The canonical encoding an audit entry's hash covers: a version tag, then each field as a 4-byte big-endian
/// length and its UTF-8 bytes (sequence and time as invariant decimal strings; time as UTC ticks). Length
/// prefixes make the encoding unambiguous, so no two different entries share one byte string.
/// </summary>
internal static class AuditHasher
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private static readonly byte[] VersionTag = "bulwark-audit-v1"u8.ToArray();

    public static string Compute(AuditEntry entry)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(VersionTag);
        Append(hash, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Append(hash, entry.RecordedAt.UtcTicks.ToString(CultureInfo.InvariantCulture));
        Append(hash, entry.Actor);
        Append(hash, entry.Action);
        Append(hash, entry.Subject);
        Append(hash, entry.Details);
        Append(hash, entry.PreviousHash);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string field)
    {
        var bytes = Encoding.UTF8.GetBytes(field);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
