using System.Buffers.Binary;

namespace Bulwark.Detection.Matching;

/// <summary>A digest of up to 32 bytes as four words, zero-padded, so it can key a dictionary without a byte array per entry.</summary>
internal readonly record struct DigestKey(ulong Word0, ulong Word1, ulong Word2, ulong Word3)
{
    public const int MaxLength = 32;

    public static DigestKey From(ReadOnlySpan<byte> digest)
    {
        Span<byte> padded = stackalloc byte[MaxLength];
        padded.Clear();
        digest.CopyTo(padded);
        return new DigestKey(
            BinaryPrimitives.ReadUInt64LittleEndian(padded),
            BinaryPrimitives.ReadUInt64LittleEndian(padded[8..]),
            BinaryPrimitives.ReadUInt64LittleEndian(padded[16..]),
            BinaryPrimitives.ReadUInt64LittleEndian(padded[24..]));
    }
}
