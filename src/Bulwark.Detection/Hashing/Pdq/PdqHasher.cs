using System.Buffers;
using Bulwark.Detection.Imaging;

namespace Bulwark.Detection.Hashing.Pdq;

/// <summary>
/// Computes PDQ hashes bit-compatible with Meta's C++ reference (<c>pdq-photo-hasher</c>) from decoded pixels.
/// Thread-safe: every call rents its own working buffers.
/// </summary>
public sealed class PdqHasher
{
    /// <summary>Hashes a whole image.</summary>
    public PdqResult Hash(DecodedImage image) => Hash(image, image.Bounds);

    /// <summary>Hashes a region of an image as if it had been cropped to it.</summary>
    public PdqResult Hash(DecodedImage image, PixelRegion region)
    {
        Span<float> dct = stackalloc float[PdqDct.OutputSize * PdqDct.OutputSize];
        var quality = ComputeDct(image, region, dct);
        return quality < 0 ? new PdqResult(PdqHash.Zero, 0) : new PdqResult(PdqBits.FromDct(dct), quality);
    }

    /// <summary>Hashes a whole image in all eight orientations from one DCT.</summary>
    public PdqDihedralResult HashDihedral(DecodedImage image) => HashDihedral(image, image.Bounds);

    /// <summary>Hashes a region of an image in all eight orientations from one DCT.</summary>
    public PdqDihedralResult HashDihedral(DecodedImage image, PixelRegion region)
    {
        Span<float> dct = stackalloc float[PdqDct.OutputSize * PdqDct.OutputSize];
        var quality = ComputeDct(image, region, dct);
        var hashes = new PdqHash[8];
        if (quality < 0)
        {
            return new PdqDihedralResult(hashes, 0);
        }

        Span<float> transformed = stackalloc float[dct.Length];
        for (var symmetry = Dihedral.Original; symmetry <= Dihedral.FlipMinus1; symmetry++)
        {
            DihedralDct.Transform(symmetry, dct, transformed);
            hashes[(int)symmetry] = PdqBits.FromDct(transformed);
        }

        return new PdqDihedralResult(hashes, quality);
    }

    /// <summary>
    /// Hashes a region after turning its pixels each of the eight ways, in <see cref="Dihedral"/> order. Unlike
    /// <see cref="HashDihedral(DecodedImage, PixelRegion)"/>, which predicts the turned hashes from one DCT,
    /// this re-runs the filter on the turned pixels (eight times the work), so undoing an exact rotation or
    /// mirror reproduces the original's hash bit for bit.
    /// </summary>
    public IReadOnlyList<PdqResult> HashEachOrientation(DecodedImage image, PixelRegion region)
    {
        using var buffers = LumaBuffers.Fill(image, region);
        var results = new PdqResult[8];
        Span<float> luma64x64 = stackalloc float[PdqTransform.LumaSize * PdqTransform.LumaSize];
        Span<float> dct = stackalloc float[PdqDct.OutputSize * PdqDct.OutputSize];
        for (var orientation = Dihedral.Original; orientation <= Dihedral.FlipMinus1; orientation++)
        {
            var turned = buffers.Scratch;
            LumaOrientation.Apply(orientation, buffers.Luma, buffers.Rows, buffers.Cols, turned);
            var (turnedRows, turnedCols) = LumaOrientation.Size(orientation, buffers.Rows, buffers.Cols);
            results[(int)orientation] = HashLuma(turned, turnedRows, turnedCols, luma64x64, dct);
        }

        return results;
    }

    /// <summary>Hashes a float luma buffer directly (the reference's pdqHash256FromFloatLuma); the buffer is overwritten.</summary>
    internal static PdqResult HashLuma(Span<float> luma, int rows, int cols, Span<float> luma64x64, Span<float> dct16x16)
    {
        var scratch = ArrayPool<float>.Shared.Rent(rows * cols);
        try
        {
            var quality = PdqTransform.Run(luma, scratch, rows, cols, luma64x64, dct16x16);
            return quality < 0 ? new PdqResult(PdqHash.Zero, 0) : new PdqResult(PdqBits.FromDct(dct16x16), quality);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scratch);
        }
    }

    private static int ComputeDct(DecodedImage image, PixelRegion region, Span<float> dct)
    {
        using var buffers = LumaBuffers.Fill(image, region);
        Span<float> luma64x64 = stackalloc float[PdqTransform.LumaSize * PdqTransform.LumaSize];
        return PdqTransform.Run(buffers.Luma, buffers.Scratch, buffers.Rows, buffers.Cols, luma64x64, dct);
    }
}
