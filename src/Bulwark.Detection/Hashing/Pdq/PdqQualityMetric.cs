using System.Numerics;

namespace Bulwark.Detection.Hashing.Pdq;

/// <summary>
/// The reference's image-domain quality: the sum of absolute neighbour differences in the 64x64 luma,
/// each scaled to percent of full range and truncated to an integer, divided by 90 and capped at 100.
/// Below 50 a hash is too featureless to trust for matching.
/// </summary>
/// <remarks>
/// Each difference is computed with the scalar code's float operations, one per SIMD lane, and truncated
/// before it is summed; the sum is of integers, so lane order cannot change it.
/// </remarks>
internal static class PdqQualityMetric
{
    private const int Size = PdqDct.InputSize;

    public static int Compute(ReadOnlySpan<float> luma64x64)
    {
        var gradientSum = 0;
        for (var i = 0; i < Size - 1; i++)
        {
            gradientSum += SumOfScaledDifferences(luma64x64.Slice(i * Size, Size), luma64x64.Slice((i + 1) * Size, Size));
        }

        for (var i = 0; i < Size; i++)
        {
            var row = luma64x64.Slice(i * Size, Size);
            gradientSum += SumOfScaledDifferences(row[..(Size - 1)], row[1..]);
        }

        return Math.Min(gradientSum / 90, 100);
    }

    private static int SumOfScaledDifferences(ReadOnlySpan<float> first, ReadOnlySpan<float> second)
    {
        var sum = 0;
        var j = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var hundred = new Vector<float>(100);
            var fullRange = new Vector<float>(255);
            var sums = Vector<int>.Zero;
            for (; j + Vector<float>.Count <= first.Length; j += Vector<float>.Count)
            {
                var u = new Vector<float>(first[j..]);
                var v = new Vector<float>(second[j..]);
                sums += Vector.Abs(Vector.ConvertToInt32((u - v) * hundred / fullRange));
            }

            sum = Vector.Sum(sums);
        }

        for (; j < first.Length; j++)
        {
            sum += Math.Abs((int)((first[j] - second[j]) * 100 / 255));
        }

        return sum;
    }
}
