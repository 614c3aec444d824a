using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace Bulwark.Detection.Hashing;

/// <summary>
/// A 256-bit PDQ hash, bit-compatible with Meta's reference: bit <c>k</c> is DCT coefficient
/// <c>(k / 16, k % 16)</c>, and the hex form writes the sixteen 16-bit words from word 15 down to word 0,
/// which is the big-endian hex of the 256-bit number.
/// </summary>
public readonly struct PdqHash : IEquatable<PdqHash>
{
    /// <summary>Number of bits in a PDQ hash.</summary>
    public const int BitCount = 256;

    /// <summary>Length of the hex form.</summary>
    public const int HexLength = 64;

    private readonly ulong _bits0;
    private readonly ulong _bits1;
    private readonly ulong _bits2;
    private readonly ulong _bits3;

    /// <summary>Creates a hash from its four 64-bit limbs, least significant first (limb 0 holds bits 0..63).</summary>
    public PdqHash(ulong bits0, ulong bits1, ulong bits2, ulong bits3)
    {
        _bits0 = bits0;
        _bits1 = bits1;
        _bits2 = bits2;
        _bits3 = bits3;
    }

    /// <summary>The all-zero hash the reference returns for images too small to hash.</summary>
    public static PdqHash Zero => default;

    /// <summary>Returns limb <paramref name="index"/> (0..3), least significant first.</summary>
    public ulong GetLimb(int index) => index switch
    {
        0 => _bits0,
        1 => _bits1,
        2 => _bits2,
        3 => _bits3,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    /// <summary>Whether bit <paramref name="index"/> (0..255) is set.</summary>
    public bool GetBit(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, BitCount);
        return ((GetLimb(index >> 6) >> (index & 63)) & 1UL) != 0;
    }

    /// <summary>Number of set bits.</summary>
    public int PopCount() =>
        BitOperations.PopCount(_bits0) + BitOperations.PopCount(_bits1)
        + BitOperations.PopCount(_bits2) + BitOperations.PopCount(_bits3);

    /// <summary>Hamming distance: the number of bits in which the two hashes differ.</summary>
    public int DistanceTo(PdqHash other) =>
        BitOperations.PopCount(_bits0 ^ other._bits0) + BitOperations.PopCount(_bits1 ^ other._bits1)
        + BitOperations.PopCount(_bits2 ^ other._bits2) + BitOperations.PopCount(_bits3 ^ other._bits3);

    /// <summary>The reference's 64-character lowercase hex form.</summary>
    public override string ToString() =>
        string.Create(HexLength, this, static (chars, hash) =>
        {
            Span<byte> bytes = stackalloc byte[32];
            hash.WriteBigEndian(bytes);
            Convert.TryToHexStringLower(bytes, chars, out _);
        });

    /// <summary>Writes the hash as 32 big-endian bytes (the byte form of the hex string).</summary>
    public void WriteBigEndian(Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, 32);
        BinaryPrimitives.WriteUInt64BigEndian(destination, _bits3);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _bits2);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], _bits1);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], _bits0);
    }

    /// <summary>Reads a hash from 32 big-endian bytes.</summary>
    public static PdqHash ReadBigEndian(ReadOnlySpan<byte> source)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(source.Length, 32);
        return new PdqHash(
            BinaryPrimitives.ReadUInt64BigEndian(source[24..]),
            BinaryPrimitives.ReadUInt64BigEndian(source[16..]),
            BinaryPrimitives.ReadUInt64BigEndian(source[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(source));
    }

    /// <summary>Parses the 64-character hex form (either case).</summary>
    /// <exception cref="FormatException">The text is not 64 hex digits.</exception>
    public static PdqHash Parse(ReadOnlySpan<char> hex) =>
        TryParse(hex, out var hash)
            ? hash
            : throw new FormatException($"A PDQ hash is {HexLength} hex digits; got {hex.Length} characters that do not form one.");

    /// <summary>Parses the 64-character hex form (either case) without throwing.</summary>
    public static bool TryParse(ReadOnlySpan<char> hex, out PdqHash hash)
    {
        hash = default;
        if (hex.Length != HexLength)
        {
            return false;
        }

        Span<ulong> limbs = stackalloc ulong[4];
        for (var limb = 0; limb < 4; limb++)
        {
            var digits = hex.Slice((3 - limb) * 16, 16);
            if (!ulong.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out limbs[limb]))
            {
                return false;
            }
        }

        hash = new PdqHash(limbs[0], limbs[1], limbs[2], limbs[3]);
        return true;
    }

    /// <summary>Parses the hex form, returning false for anything else.</summary>
    public static bool TryParse([NotNullWhen(true)] string? hex, out PdqHash hash)
    {
        if (hex is null)
        {
            hash = default;
            return false;
        }

        return TryParse(hex.AsSpan(), out hash);
    }

    /// <summary>Returns this hash with bit <paramref name="index"/> flipped.</summary>
    public PdqHash WithBitFlipped(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, BitCount);
        var mask = 1UL << (index & 63);
        return (index >> 6) switch
        {
            0 => new PdqHash(_bits0 ^ mask, _bits1, _bits2, _bits3),
            1 => new PdqHash(_bits0, _bits1 ^ mask, _bits2, _bits3),
            2 => new PdqHash(_bits0, _bits1, _bits2 ^ mask, _bits3),
            _ => new PdqHash(_bits0, _bits1, _bits2, _bits3 ^ mask),
        };
    }

    public bool Equals(PdqHash other) =>
        _bits0 == other._bits0 && _bits1 == other._bits1 && _bits2 == other._bits2 && _bits3 == other._bits3;

    public override bool Equals(object? obj) => obj is PdqHash other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_bits0, _bits1, _bits2, _bits3);

    public static bool operator ==(PdqHash left, PdqHash right) => left.Equals(right);

    public static bool operator !=(PdqHash left, PdqHash right) => !left.Equals(right);
}
