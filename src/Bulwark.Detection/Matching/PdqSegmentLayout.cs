using Bulwark.Detection.Hashing;

namespace Bulwark.Detection.Matching;

/// <summary>
/// How the 256 bits are cut into segments for multi-index hashing: contiguous bit ranges, the wider ones
/// first, because the query plan gives the first segments the larger search radius and a wider segment
/// keeps the same radius's neighbourhood sparser.
/// </summary>
internal sealed class PdqSegmentLayout
{
    private readonly int[] _offsets;
    private readonly int[] _widths;

    public PdqSegmentLayout(int segmentCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(segmentCount, 12);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(segmentCount, 32);
        Count = segmentCount;
        _offsets = new int[segmentCount];
        _widths = new int[segmentCount];
        var narrow = PdqHash.BitCount / segmentCount;
        var wide = PdqHash.BitCount % segmentCount;
        var offset = 0;
        for (var j = 0; j < segmentCount; j++)
        {
            _offsets[j] = offset;
            _widths[j] = narrow + (j < wide ? 1 : 0);
            offset += _widths[j];
        }
    }

    public int Count { get; }

    public int Width(int segment) => _widths[segment];

    /// <summary>Picks segments about log2(expected entries) bits wide, the multi-index hashing optimum, within 16..22 bits.</summary>
    public static int SegmentCountFor(long expectedCount)
    {
        var bits = Math.Clamp((int)Math.Round(Math.Log2(Math.Max(2, expectedCount))), 16, 22);
        return (PdqHash.BitCount + bits - 1) / bits;
    }

    public static void ToLimbs(in PdqHash hash, Span<ulong> limbs)
    {
        limbs[0] = hash.GetLimb(0);
        limbs[1] = hash.GetLimb(1);
        limbs[2] = hash.GetLimb(2);
        limbs[3] = hash.GetLimb(3);
    }

    public uint Extract(ReadOnlySpan<ulong> limbs, int segment)
    {
        var offset = _offsets[segment];
        var width = _widths[segment];
        var limb = offset >> 6;
        var shift = offset & 63;
        var bits = limbs[limb] >> shift;
        if (shift + width > 64)
        {
            bits |= limbs[limb + 1] << (64 - shift);
        }

        return (uint)(bits & ((1UL << width) - 1));
    }

    /// <summary>
    /// Per-segment search radii that together guarantee no miss: writing r = q·m + a, if the first a + 1
    /// segments each differ in more than q bits and the rest in more than q − 1, the total exceeds r.
    /// A negative radius means the segment need not be probed at all.
    /// </summary>
    public void Radii(int maxDistance, Span<int> radii)
    {
        var q = maxDistance / Count;
        var a = maxDistance % Count;
        for (var j = 0; j < Count; j++)
        {
            radii[j] = j <= a ? q : q - 1;
        }
    }

    /// <summary>Number of keys within <paramref name="radius"/> of a <paramref name="width"/>-bit key.</summary>
    public static double BallVolume(int width, int radius)
    {
        double total = 0;
        double term = 1;
        for (var k = 0; k <= radius && k <= width; k++)
        {
            total += term;
            term = term * (width - k) / (k + 1);
        }

        return total;
    }
}
