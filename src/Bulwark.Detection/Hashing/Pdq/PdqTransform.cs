namespace Bulwark.Detection.Hashing.Pdq;

/// <summary>
/// The reference pipeline from float luma to a 16x16 DCT: two Jarosz passes with window (dim + 127) / 128,
/// decimation to 64x64 at pixel centres, the quality metric, and the DCT. Works in caller-owned buffers.
/// </summary>
internal static class PdqTransform
{
    public const int MinimumDimension = 5;
    public const int JaroszPasses = 2;
    public const int LumaSize = PdqDct.InputSize;

    /// <summary>
    /// Runs the pipeline; <paramref name="luma"/> is overwritten (it is the filter's working buffer).
    /// Returns the quality, or -1 when the image is too small to hash (the caller then reports the zero hash).
    /// </summary>
    public static int Run(Span<float> luma, Span<float> scratch, int rows, int cols, Span<float> luma64x64, Span<float> dct16x16)
    {
        if (rows < MinimumDimension || cols < MinimumDimension)
        {
            return -1;
        }

        if (rows == LumaSize && cols == LumaSize)
        {
            // The reference skips filtering when the input is already 64x64.
            luma[..(LumaSize * LumaSize)].CopyTo(luma64x64);
        }
        else
        {
            var rowWindow = JaroszFilter.WindowSize(cols, LumaSize);
            var colWindow = JaroszFilter.WindowSize(rows, LumaSize);
            JaroszFilter.Apply(luma, scratch, rows, cols, rowWindow, colWindow, JaroszPasses);
            Decimate(luma, rows, cols, luma64x64);
        }

        var quality = PdqQualityMetric.Compute(luma64x64);
        PdqDct.Transform(luma64x64, dct16x16);
        return quality;
    }

    /// <summary>Samples the filtered luma at the centre of each of 64x64 cells, as the reference's decimateFloat.</summary>
    private static void Decimate(ReadOnlySpan<float> input, int rows, int cols, Span<float> output)
    {
        for (var i = 0; i < LumaSize; i++)
        {
            var sourceRow = (int)((i + 0.5) * rows / LumaSize);
            for (var j = 0; j < LumaSize; j++)
            {
                var sourceCol = (int)((j + 0.5) * cols / LumaSize);
                output[(i * LumaSize) + j] = input[(sourceRow * cols) + sourceCol];
            }
        }
    }
}
