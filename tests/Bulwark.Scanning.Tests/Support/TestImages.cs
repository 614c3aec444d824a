using System.Runtime.InteropServices;
using Bulwark.Detection.Evaluation;
using Bulwark.Detection.Hashing;
using Bulwark.Detection.Hashing.Pdq;
using Bulwark.Detection.Imaging;
using SkiaSharp;

namespace Bulwark.Scanning.Tests.Support;

/// <summary>Benign generated pictures (gradients and shapes) encoded as files, and their hashes.</summary>
internal static class TestImages
{
    public const int Side = 64;

    public static byte[] Jpeg(int seed, int side = Side, int quality = 90) => Encode(SyntheticImages.Generate(seed, Side, Side), SKEncodedImageFormat.Jpeg, quality, side);

    public static byte[] Png(int seed) => Encode(SyntheticImages.Generate(seed, Side, Side), SKEncodedImageFormat.Png, 100, Side);

    /// <summary>The canonical PDQ hash of the picture as generated (before any encoding).</summary>
    public static PdqHash Pdq(int seed) => new PdqHasher().Hash(SyntheticImages.Generate(seed, Side, Side)).Hash;

    /// <summary>Bytes that start like a JPEG and then are not one.</summary>
    public static byte[] Undecodable() => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x02, 0x03];

    private static byte[] Encode(DecodedImage image, SKEncodedImageFormat format, int quality, int side)
    {
        var info = new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        Marshal.Copy(image.Pixels.ToArray(), 0, bitmap.GetPixels(), image.Pixels.Length);
        using var sized = side == image.Width ? bitmap.Copy() : bitmap.Resize(new SKImageInfo(side, side, SKColorType.Rgba8888, SKAlphaType.Unpremul), new SKSamplingOptions(SKFilterMode.Linear));
        using var encoded = SKImage.FromBitmap(sized).Encode(format, quality);
        return encoded.ToArray();
    }
}
