using SkiaSharp;

namespace Bulwark.Detection.Imaging;

/// <summary>
/// Decodes untrusted image bytes with Skia's native codecs (libjpeg-turbo, libpng, libwebp, GIF): greyscale
/// stays one channel, everything else becomes 8-bit RGBA without colour management (as the reference's
/// decoder does), animations yield their first frame. Dimensions are checked before pixels are allocated.
/// </summary>
public sealed class ImageDecoder
{
    private readonly ImageDecoderOptions _options;

    public ImageDecoder()
        : this(ImageDecoderOptions.Default)
    {
    }

    public ImageDecoder(ImageDecoderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    public ImageDecoderOptions Options => _options;

    /// <summary>Reads and decodes a file, refusing it before reading if it is over the size cap (pooled pixels, as <see cref="Decode"/>).</summary>
    /// <exception cref="ImageDecodeException">The file is not a decodable image within the limits.</exception>
    public async Task<DecodedImage> DecodeFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var length = new FileInfo(path).Length;
        EnsureEncodedSizeAllowed(length);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return Decode(bytes);
    }

    /// <summary>Reads a stream to its end (up to the size cap) and decodes it (pooled pixels, as <see cref="Decode"/>).</summary>
    /// <exception cref="ImageDecodeException">The stream is not a decodable image within the limits.</exception>
    public async Task<DecodedImage> DecodeAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            EnsureEncodedSizeAllowed(buffer.Length + read);
            buffer.Write(chunk, 0, read);
        }

        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>
    /// Decodes encoded image bytes. The pixels are in a pooled buffer: dispose the image once done with it (see
    /// <see cref="DecodedImage"/>).
    /// </summary>
    /// <exception cref="ImageDecodeException">The bytes are not a decodable image within the limits.</exception>
    public DecodedImage Decode(ReadOnlySpan<byte> encoded)
    {
        if (encoded.IsEmpty)
        {
            throw new ImageDecodeException(ImageDecodeError.Empty, "The input is empty.");
        }

        EnsureEncodedSizeAllowed(encoded.Length);
        if (_options.UseSystemTurboJpeg && !_options.ApplyExifOrientation && IsJpeg(encoded)
            && TurboJpeg.Instance is { } turbo && DecodeWithTurboJpeg(turbo, encoded) is { } decoded)
        {
            return decoded;
        }

        using var data = SKData.CreateCopy(encoded);
        using var stream = new SKMemoryStream(data);
        using var codec = SKCodec.Create(stream, out var createResult);
        if (codec is null)
        {
            throw createResult == SKCodecResult.IncompleteInput
                ? new ImageDecodeException(ImageDecodeError.Corrupt, "The image ends before its header is complete (truncated).")
                : new ImageDecodeException(ImageDecodeError.UnsupportedFormat, "The input is not a supported image format (JPEG, PNG, WebP, GIF, BMP, ICO, WBMP).");
        }

        var info = codec.Info;
        var format = codec.EncodedFormat.ToString().ToLowerInvariant();
        if (info.Width <= 0 || info.Height <= 0)
        {
            throw new ImageDecodeException(ImageDecodeError.Corrupt, $"The {format} image declares an empty canvas ({info.Width}x{info.Height}).");
        }

        EnsurePixelsAllowed(format, info.Width, info.Height);
        var size = _options.ReducedSizeDecode
            ? ReducedSize(info.Width, info.Height, denominator =>
            {
                var scaled = codec.GetScaledDimensions(1f / denominator);
                return (scaled.Width, scaled.Height);
            })
            : (Width: info.Width, Height: info.Height);
        var layout = info.ColorType == SKColorType.Gray8 ? PixelLayout.Gray8 : PixelLayout.Rgba32;
        var targetInfo = new SKImageInfo(
            size.Width,
            size.Height,
            layout == PixelLayout.Gray8 ? SKColorType.Gray8 : SKColorType.Rgba8888,
            layout == PixelLayout.Gray8 ? SKAlphaType.Opaque : SKAlphaType.Unpremul);
        // Cleared, unlike the TurboJPEG path: a pooled buffer holds the previous image, and whether Skia writes every
        // byte (a GIF frame smaller than its canvas, say) is its business; a hash must never depend on decode order.
        // Next to a PNG or WebP decode the clear costs little.
        var length = checked((int)targetInfo.BytesSize64);
        var pixels = DecodedImage.RentPixels(length);
        pixels.AsSpan(0, length).Clear();
        SKCodecResult decodeResult;
        try
        {
            decodeResult = codec.GetPixels(targetInfo, pixels);
        }
        catch
        {
            DecodedImage.ReturnToPool(pixels);
            throw;
        }

        if (decodeResult != SKCodecResult.Success)
        {
            DecodedImage.ReturnToPool(pixels);
            throw decodeResult is SKCodecResult.IncompleteInput or SKCodecResult.ErrorInInput
                ? new ImageDecodeException(ImageDecodeError.Corrupt, $"The {format} image data is damaged or truncated ({decodeResult}).")
                : new ImageDecodeException(ImageDecodeError.UnsupportedFormat, $"The {format} image could not be decoded ({decodeResult}).");
        }

        var image = DecodedImage.FromPool(size.Width, size.Height, layout, pixels, targetInfo.RowBytes, format);
        if (!_options.ApplyExifOrientation || ExifOrientation.Apply(image, codec.EncodedOrigin) is not { } turned)
        {
            return image;
        }

        image.Dispose();
        return turned;
    }

    /// <summary>Whether the system TurboJPEG library is installed and will be used for JPEGs.</summary>
    public bool UsesSystemTurboJpeg => _options.UseSystemTurboJpeg && TurboJpeg.Instance is not null;

    private static bool IsJpeg(ReadOnlySpan<byte> encoded) =>
        encoded.Length > 3 && encoded[0] == 0xFF && encoded[1] == 0xD8 && encoded[2] == 0xFF;

    /// <summary>Decodes a JPEG with TurboJPEG, or returns null to let Skia handle what it does not (CMYK, unreadable headers).</summary>
    private DecodedImage? DecodeWithTurboJpeg(TurboJpeg turbo, ReadOnlySpan<byte> encoded)
    {
        if (turbo.ReadHeader(encoded) is not { } header
            || header.Colorspace is TurboJpeg.ColorspaceCmyk or TurboJpeg.ColorspaceYcck
            || header.Width <= 0 || header.Height <= 0)
        {
            return null;
        }

        EnsurePixelsAllowed("jpeg", header.Width, header.Height);

        // TurboJPEG's TJSCALED: a scaled side rounds up.
        var (width, height) = _options.ReducedSizeDecode
            ? ReducedSize(header.Width, header.Height, denominator => ((header.Width + denominator - 1) / denominator, (header.Height + denominator - 1) / denominator))
            : (header.Width, header.Height);
        var layout = header.Colorspace == TurboJpeg.ColorspaceGray ? PixelLayout.Gray8 : PixelLayout.Rgba32;
        var rowBytes = width * DecodedImage.BytesPerPixel(layout);
        // Not cleared: TurboJPEG writes every row it is given (running out of data pads with grey, refused below).
        var length = checked(rowBytes * height);
        var pixels = DecodedImage.RentPixels(length);
        TurboJpeg.DecodeFailure? failure;
        try
        {
            failure = turbo.Decompress(
                encoded, pixels.AsSpan(0, length), width, rowBytes, height, layout == PixelLayout.Gray8 ? TurboJpeg.PixelFormatGray : TurboJpeg.PixelFormatRgba, TurboJpeg.FlagLimitScans);
        }
        catch
        {
            DecodedImage.ReturnToPool(pixels);
            throw;
        }

        // libjpeg treats running out of data as a warning and pads the image with grey; a truncated file is
        // corrupt here, as it is on the Skia path. Other warnings (stray bytes between markers) are harmless.
        if (failure is not null && (failure.Fatal || failure.Message.Contains("Premature end", StringComparison.OrdinalIgnoreCase)))
        {
            DecodedImage.ReturnToPool(pixels);
            throw new ImageDecodeException(ImageDecodeError.Corrupt, $"The jpeg image data is damaged or truncated ({failure.Message.TrimEnd('.')}).");
        }

        return DecodedImage.FromPool(width, height, layout, pixels, rowBytes, "jpeg");
    }

    /// <summary>
    /// The smallest of the 1/8, 1/4 and 1/2 scalings (as the decoder rounds them) that leaves each side at least the
    /// configured minimum, or the full size. Only these three are fast: libjpeg-turbo has reduced-size IDCTs for them,
    /// while other M/8 factors run generic scaled IDCTs that can be slower than a full SIMD decode.
    /// </summary>
    private (int Width, int Height) ReducedSize(int width, int height, Func<int, (int Width, int Height)> scaledBy)
    {
        var minimumWidth = Math.Min(width, _options.ReducedDecodeMinimumSide);
        var minimumHeight = Math.Min(height, _options.ReducedDecodeMinimumSide);
        foreach (var denominator in (int[])[8, 4, 2])
        {
            var scaled = scaledBy(denominator);
            if (scaled.Width >= minimumWidth && scaled.Height >= minimumHeight)
            {
                return scaled;
            }
        }

        return (width, height);
    }

    /// <summary>Refuses a declared canvas over the pixel cap before any pixel memory is allocated.</summary>
    private void EnsurePixelsAllowed(string format, int width, int height)
    {
        var declaredPixels = (long)width * height;
        if (declaredPixels > _options.MaxPixels)
        {
            throw new ImageDecodeException(
                ImageDecodeError.TooManyPixels,
                $"The {format} image declares {width}x{height} = {declaredPixels:N0} pixels, over the limit of {_options.MaxPixels:N0} (a possible decompression bomb).");
        }
    }

    private void EnsureEncodedSizeAllowed(long length)
    {
        if (length > _options.MaxEncodedBytes)
        {
            throw new ImageDecodeException(ImageDecodeError.TooLarge, $"The input is {length:N0} bytes, over the limit of {_options.MaxEncodedBytes:N0}.");
        }
    }
}
