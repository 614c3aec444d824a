namespace Bulwark.Detection.Hashing.Pdq;

/// <summary>Thresholds a 16x16 DCT at its Torben median: bit k is set when coefficient k is strictly greater.</summary>
internal static class PdqBits
{
    public static PdqHash FromDct(ReadOnlySpan<float> dct16x16)
    {
        var median = TorbenMedian.Of(dct16x16);
        Span<ulong> limbs = stackalloc ulong[4];
        limbs.Clear();
        for (var k = 0; k < PdqHash.BitCount; k++)
        {
            if (dct16x16[k] > median)
            {
                limbs[k >> 6] |= 1UL << (k & 63);
            }
        }

        return new PdqHash(limbs[0], limbs[1], limbs[2], limbs[3]);
    }
}
