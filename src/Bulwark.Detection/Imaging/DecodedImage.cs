namespace Bulwark.Detection.Imaging;

/// <summary>Decoded pixels of one image (first frame of an animation), with where they came from.</summary>
public sealed class DecodedImage
{
    /// <summary>Wraps pixels already in memory; <paramref name="pixels"/> must hold <paramref name="height"/> rows of <paramref name="rowBytes"/>.</summary>
    public DecodedImage(int width, int height, PixelLayout layout, byte[] pixels, int rowBytes, string format = "raw")
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowBytes, width * BytesPerPixel(layout));
        if ((long)rowBytes * height > pixels.Length)
        {
            throw new ArgumentException($"{width}x{height} pixels with {rowBytes} bytes a row need {(long)rowBytes * height} bytes; got {pixels.Length}.", nameof(pixels));
        }

        Width = width;
        Height = height;
        Layout = layout;
        Pixels = pixels;
        RowBytes = rowBytes;
        Format = format;
    }

    public int Width { get; }

    public int Height { get; }

    public PixelLayout Layout { get; }

    /// <summary>Row-major pixel bytes, <see cref="RowBytes"/> per row.</summary>
    public ReadOnlyMemory<byte> Pixels { get; }

    public int RowBytes { get; }

    /// <summary>The encoded format the pixels were decoded from, e.g. "jpeg", "png", "webp", "gif".</summary>
    public string Format { get; }

    /// <summary>The whole image as a region.</summary>
    public PixelRegion Bounds => new(0, 0, Width, Height);

    public static int BytesPerPixel(PixelLayout layout) => layout switch
    {
        PixelLayout.Gray8 => 1,
        PixelLayout.Rgba32 => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(layout)),
    };
}
