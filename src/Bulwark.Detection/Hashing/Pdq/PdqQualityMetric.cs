namespace Bulwark.Detection.Hashing.Pdq;

/// <summary>
/// The reference's image-domain quality: the sum of absolute neighbour differences in the 64x64 luma,
/// each scaled to percent of full range and truncated to an integer, divided by 90 and capped at 100.
/// Below 50 a hash is too featureless to trust for matching.
/// </summary>
internal static class PdqQualityMetric
{
    public static int Compute(ReadOnlySpan<float> luma64x64)
    {
        const int size = PdqDct.InputSize;
        var gradientSum = 0;
        for (var i = 0; i < size - 1; i++)
        {
            for (var j = 0; j < size; j++)
            {
                gradientSum += ScaledDifference(luma64x64[(i * size) + j], luma64x64[((i + 1) * size) + j]);
            }
        }

        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size - 1; j++)
            {
                gradientSum += ScaledDifference(luma64x64[(i * size) + j], luma64x64[(i * size) + j + 1]);
            }
        }

        return Math.Min(gradientSum / 90, 100);
    }

    private static int ScaledDifference(float u, float v) => Math.Abs((int)((u - v) * 100 / 255));
}
