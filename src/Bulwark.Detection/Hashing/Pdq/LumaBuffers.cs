using System.Buffers;
using Bulwark.Detection.Imaging;

namespace Bulwark.Detection.Hashing.Pdq;

/// <summary>A region's float luma at the size the reference hashes, plus a working buffer of the same size, both pooled.</summary>
internal readonly struct LumaBuffers : IDisposable
{
    private readonly float[] _luma;
    private readonly float[] _scratch;

    private LumaBuffers(int rows, int cols)
    {
        Rows = rows;
        Cols = cols;
        _luma = ArrayPool<float>.Shared.Rent(rows * cols);
        _scratch = ArrayPool<float>.Shared.Rent(rows * cols);
    }

    public int Rows { get; }

    public int Cols { get; }

    public Span<float> Luma => _luma.AsSpan(0, Rows * Cols);

    public Span<float> Scratch => _scratch.AsSpan(0, Rows * Cols);

    public static LumaBuffers Fill(DecodedImage image, PixelRegion region)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (!region.FitsWithin(image.Width, image.Height))
        {
            throw new ArgumentOutOfRangeException(nameof(region), region, $"Region must lie within the {image.Width}x{image.Height} image.");
        }

        var (rows, cols) = PdqLuma.HashedSize(region.Width, region.Height);
        var buffers = new LumaBuffers(rows, cols);
        PdqLuma.Fill(image, region, buffers.Luma, rows, cols);
        return buffers;
    }

    public void Dispose()
    {
        ArrayPool<float>.Shared.Return(_luma);
        ArrayPool<float>.Shared.Return(_scratch);
    }
}
