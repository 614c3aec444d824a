using System.Buffers;

namespace Bulwark.Detection.Imaging;

/// <summary>
/// Decoded pixels of one image (first frame of an animation), with where they came from. An image from
/// <see cref="ImageDecoder"/> holds its pixels in a pooled buffer: disposing it returns the buffer for the next
/// decode, which spares a large-object allocation per image when many are hashed (an image that is not disposed is
/// simply collected). Its pixels must not be used after <see cref="Dispose"/>.
/// </summary>
public sealed class DecodedImage : IDisposable
{
    private byte[]? _pixels;
    private readonly bool _pooled;

    /// <summary>Wraps pixels already in memory; <paramref name="pixels"/> must hold <paramref name="height"/> rows of <paramref name="rowBytes"/>.</summary>
    public DecodedImage(int width, int height, PixelLayout layout, byte[] pixels, int rowBytes, string format = "raw")
        : this(width, height, layout, pixels, rowBytes, format, pooled: false)
    {
    }

    private DecodedImage(int width, int height, PixelLayout layout, byte[] pixels, int rowBytes, string format, bool pooled)
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
        _pixels = pixels;
        _pooled = pooled;
        RowBytes = rowBytes;
        Format = format;
    }

    public int Width { get; }

    public int Height { get; }

    public PixelLayout Layout { get; }

    /// <summary>Row-major pixel bytes, <see cref="RowBytes"/> per row (<see cref="Height"/> rows).</summary>
    /// <exception cref="ObjectDisposedException">The image was disposed.</exception>
    public ReadOnlyMemory<byte> Pixels
    {
        get
        {
            var pixels = _pixels;
            ObjectDisposedException.ThrowIf(pixels is null, this);
            return pixels.AsMemory(0, RowBytes * Height);
        }
    }

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

    /// <summary>Releases the pixels; a decoder's pooled buffer goes back to the pool. Safe to call twice.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _pixels, null) is { } pixels && _pooled)
        {
            ArrayPool<byte>.Shared.Return(pixels);
        }
    }

    /// <summary>A buffer from the pool for <paramref name="length"/> bytes of pixels, to be wrapped by <see cref="FromPool"/> or returned by <see cref="ReturnToPool"/>.</summary>
    internal static byte[] RentPixels(int length) => ArrayPool<byte>.Shared.Rent(length);

    /// <summary>Gives back a rented buffer that no image took (the decode failed).</summary>
    internal static void ReturnToPool(byte[] pixels) => ArrayPool<byte>.Shared.Return(pixels);

    /// <summary>An image owning a rented buffer: disposing it returns the buffer.</summary>
    internal static DecodedImage FromPool(int width, int height, PixelLayout layout, byte[] pixels, int rowBytes, string format) =>
        new(width, height, layout, pixels, rowBytes, format, pooled: true);
}
