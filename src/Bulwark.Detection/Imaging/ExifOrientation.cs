using SkiaSharp;

namespace Bulwark.Detection.Imaging;

/// <summary>Rotates and mirrors decoded pixels so they appear as the EXIF Orientation tag says they should be displayed.</summary>
internal static class ExifOrientation
{
    /// <summary>A new image turned as <paramref name="origin"/> says, or null when it is already upright.</summary>
    public static DecodedImage? Apply(DecodedImage image, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft or 0)
        {
            return null;
        }

        var width = image.Width;
        var height = image.Height;
        var swapsAxes = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var outWidth = swapsAxes ? height : width;
        var outHeight = swapsAxes ? width : height;
        var bytesPerPixel = DecodedImage.BytesPerPixel(image.Layout);
        var outRowBytes = outWidth * bytesPerPixel;
        var output = new byte[outRowBytes * outHeight];
        var source = image.Pixels.Span;
        for (var y = 0; y < outHeight; y++)
        {
            for (var x = 0; x < outWidth; x++)
            {
                var (sourceX, sourceY) = origin switch
                {
                    SKEncodedOrigin.TopRight => (width - 1 - x, y),
                    SKEncodedOrigin.BottomRight => (width - 1 - x, height - 1 - y),
                    SKEncodedOrigin.BottomLeft => (x, height - 1 - y),
                    SKEncodedOrigin.LeftTop => (y, x),
                    SKEncodedOrigin.RightTop => (y, height - 1 - x),
                    SKEncodedOrigin.RightBottom => (width - 1 - y, height - 1 - x),
                    SKEncodedOrigin.LeftBottom => (width - 1 - y, x),
                    _ => (x, y),
                };
                source.Slice((sourceY * image.RowBytes) + (sourceX * bytesPerPixel), bytesPerPixel)
                    .CopyTo(output.AsSpan((y * outRowBytes) + (x * bytesPerPixel), bytesPerPixel));
            }
        }

        return new DecodedImage(outWidth, outHeight, image.Layout, output, outRowBytes, image.Format);
    }
}
