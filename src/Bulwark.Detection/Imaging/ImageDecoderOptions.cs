namespace Bulwark.Detection.Imaging;

/// <summary>Limits and choices for decoding untrusted images.</summary>
public sealed class ImageDecoderOptions
{
    /// <summary>Default cap on decoded pixels (width x height): 100 megapixels, about 400 MB as RGBA.</summary>
    public const long DefaultMaxPixels = 100_000_000;

    /// <summary>Default cap on encoded input size: 256 MiB.</summary>
    public const long DefaultMaxEncodedBytes = 256L * 1024 * 1024;

    /// <summary>
    /// Images whose declared width x height exceeds this are refused before any pixel memory is allocated,
    /// which is what stops a decompression bomb (a tiny file that declares a gigapixel canvas).
    /// </summary>
    public long MaxPixels { get; init; } = DefaultMaxPixels;

    /// <summary>Inputs larger than this are refused before decoding.</summary>
    public long MaxEncodedBytes { get; init; } = DefaultMaxEncodedBytes;

    /// <summary>
    /// Rotate and mirror by the EXIF Orientation tag. Off by default because Meta's reference ignores EXIF,
    /// and bank hashes must be comparable with it; a query can still try all eight orientations.
    /// </summary>
    public bool ApplyExifOrientation { get; init; }

    /// <summary>
    /// Fast mode: let the JPEG decoder scale down in the DCT domain by 1/2, 1/4 or 1/8 (libjpeg-turbo's fast
    /// reduced IDCTs) to the smallest size that still leaves each side at least <see cref="ReducedDecodeMinimumSide"/>
    /// (or its full size when smaller). Several times faster on large JPEGs; hashes differ from exact mode by a few
    /// bits (docs/benchmarks.md measures how many).
    /// </summary>
    public bool ReducedSizeDecode { get; init; }

    /// <summary>
    /// The smallest side a reduced decode may produce. PDQ filters down to 64x64, so 256 leaves four source
    /// pixels a cell; at 128 hashes drift too far (measured: distances over 30 on 256x256 photos).
    /// </summary>
    public int ReducedDecodeMinimumSide { get; init; } = 256;

    /// <summary>
    /// Decode JPEGs with the system's TurboJPEG (<c>libturbojpeg0</c>) when it is installed: the same pixels as
    /// Skia's decoder, several times faster because it has SIMD. Images needing EXIF orientation, and CMYK JPEGs,
    /// still go through Skia.
    /// </summary>
    public bool UseSystemTurboJpeg { get; init; } = true;

    public static ImageDecoderOptions Default { get; } = new();

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxPixels);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxEncodedBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ReducedDecodeMinimumSide);
    }
}
