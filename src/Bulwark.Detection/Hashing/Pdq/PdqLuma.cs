using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Bulwark.Detection.Imaging;

namespace Bulwark.Detection.Hashing.Pdq;

/// <summary>
/// Turns decoded pixels into the float luma the reference hashes: sides over 512 are first resized to
/// 512x512 by CImg's nearest-neighbour rule (source index = floor(i * oldSize / newSize)), then each pixel
/// becomes 0.299 R + 0.587 G + 0.114 B in float, or its grey level as-is for greyscale sources.
/// </summary>
internal static class PdqLuma
{
    public const int DownsampleDimension = 512;

    private const float RedWeight = 0.299f;
    private const float GreenWeight = 0.587f;
    private const float BlueWeight = 0.114f;

    /// <summary>The size the reference hashes for a region of the given size.</summary>
    public static (int Rows, int Cols) HashedSize(int width, int height) =>
        width > DownsampleDimension || height > DownsampleDimension
            ? (DownsampleDimension, DownsampleDimension)
            : (height, width);

    public static void Fill(DecodedImage image, PixelRegion region, Span<float> luma, int rows, int cols)
    {
        Span<int> sourceColumnOffsets = cols <= 1024 ? stackalloc int[cols] : new int[cols];
        var bytesPerPixel = DecodedImage.BytesPerPixel(image.Layout);
        for (var c = 0; c < cols; c++)
        {
            sourceColumnOffsets[c] = (region.X + NearestSource(c, region.Width, cols)) * bytesPerPixel;
        }

        var pixels = image.Pixels.Span;
        for (var r = 0; r < rows; r++)
        {
            var sourceRow = region.Y + NearestSource(r, region.Height, rows);
            var rowPixels = pixels.Slice(sourceRow * image.RowBytes, image.RowBytes);
            var target = luma.Slice(r * cols, cols);
            if (image.Layout == PixelLayout.Gray8)
            {
                for (var c = 0; c < cols; c++)
                {
                    target[c] = rowPixels[sourceColumnOffsets[c]];
                }
            }
            else
            {
                var c = Avx2.IsSupported ? FillRgbaVectorised(rowPixels, sourceColumnOffsets, contiguous: cols == region.Width, target) : 0;
                for (; c < cols; c++)
                {
                    var offset = sourceColumnOffsets[c];
                    target[c] = (RedWeight * rowPixels[offset]) + (GreenWeight * rowPixels[offset + 1]) + (BlueWeight * rowPixels[offset + 2]);
                }
            }
        }
    }

    /// <summary>
    /// Eight pixels at a time: gather each RGBA pixel as one 32-bit lane (the gather also applies the resize's
    /// column map), split the channels, and weight them with the scalar code's operations in the scalar code's
    /// order (no fused multiply-add), so every lane rounds exactly as the reference does. Returns how many
    /// columns were filled; the caller finishes the rest.
    /// </summary>
    private static unsafe int FillRgbaVectorised(ReadOnlySpan<byte> rowPixels, ReadOnlySpan<int> sourceColumnOffsets, bool contiguous, Span<float> target)
    {
        var byteMask = Vector256.Create(0xFF);
        var red = Vector256.Create(RedWeight);
        var green = Vector256.Create(GreenWeight);
        var blue = Vector256.Create(BlueWeight);
        var c = 0;
        fixed (byte* row = rowPixels)
        fixed (int* offsets = sourceColumnOffsets)
        fixed (float* output = target)
        {
            for (; c + 8 <= target.Length; c += 8)
            {
                // Without a resize the eight pixels are adjacent, and a plain load is several times cheaper than a gather.
                var pixels = contiguous
                    ? Avx.LoadVector256((int*)(row + offsets[c]))
                    : Avx2.GatherVector256((int*)row, Avx.LoadVector256(offsets + c), 1);
                var r = Avx.ConvertToVector256Single(pixels & byteMask);
                var g = Avx.ConvertToVector256Single(Avx2.ShiftRightLogical(pixels, 8) & byteMask);
                var b = Avx.ConvertToVector256Single(Avx2.ShiftRightLogical(pixels, 16) & byteMask);
                Avx.Store(output + c, Avx.Add(Avx.Add(Avx.Multiply(red, r), Avx.Multiply(green, g)), Avx.Multiply(blue, b)));
            }
        }

        return c;
    }

    /// <summary>CImg's nearest-neighbour source index, computed in double exactly as CImg 2.2 does.</summary>
    private static int NearestSource(int index, int oldSize, int newSize) =>
        oldSize == newSize ? index : (int)((double)index * oldSize / newSize);
}
