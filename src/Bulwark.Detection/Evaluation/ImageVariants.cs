using Bulwark.Detection.Imaging;
using SkiaSharp;

namespace Bulwark.Detection.Evaluation;

/// <summary>
/// The edits a matcher should survive, rendered with Skia: the labelled positives of the hash-matching
/// evaluation are these variants of bank images, its negatives the same variants of other images.
/// </summary>
public static class ImageVariants
{
    /// <summary>
    /// Edits that keep all of the original's pixels (or all but a sliver): a matcher with query-side views
    /// should find the original through every one of them.
    /// </summary>
    public static IReadOnlyList<ImageVariant> Recoverable { get; } =
    [
        new("identity", image => image),
        new("jpeg-q50", image => Recompress(image, 50)),
        new("resize-50", image => Resize(image, 0.5)),
        new("border-10", image => AddBorder(image, 0.10, SKColors.Black)),
        new("letterbox-15", image => Letterbox(image, 0.15, SKColors.White)),
        new("embedded-80", image => EmbedInTexture(image, 0.80)),
        new("embedded-77", image => EmbedInTexture(image, 0.77)),
        new("rotate-90", image => Rotate(image, 90)),
        new("rotate-180", image => Rotate(image, 180)),
        new("mirror", image => Mirror(image)),
        new("border-10+rotate-270", image => Rotate(AddBorder(image, 0.10, SKColors.Black), 270)),
        new("embedded-90+mirror", image => Mirror(EmbedInTexture(image, 0.90))),
    ];

    /// <summary>
    /// Edits that throw away part of the original. PDQ compares whole-image structure, so a bank that stores
    /// only the canonical hash cannot be expected to find these; they are measured to say so with numbers.
    /// </summary>
    public static IReadOnlyList<ImageVariant> Lossy { get; } =
    [
        new("crop-97", image => CentreCrop(image, 0.97)),
        new("crop-90", image => CentreCrop(image, 0.90)),
        new("crop-80-corner", image => CornerCrop(image, 0.80)),
        new("crop-90+mirror", image => Mirror(CentreCrop(image, 0.90))),
    ];

    /// <summary>Every variant: the recoverable ones, then the lossy ones.</summary>
    public static IReadOnlyList<ImageVariant> All { get; } = [.. Recoverable, .. Lossy];

    public static DecodedImage Recompress(DecodedImage image, int quality)
    {
        using var bitmap = ToBitmap(image);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, quality);
        return new ImageDecoder().Decode(data.Span);
    }

    public static DecodedImage Resize(DecodedImage image, double scale) =>
        Draw(image, Math.Max(1, (int)(image.Width * scale)), Math.Max(1, (int)(image.Height * scale)), SKColors.Black, (canvas, bitmap, width, height) =>
            canvas.DrawImage(SKImage.FromBitmap(bitmap), new SKRect(0, 0, width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear)));

    public static DecodedImage AddBorder(DecodedImage image, double fraction, SKColor colour)
    {
        var dx = (int)(image.Width * fraction);
        var dy = (int)(image.Height * fraction);
        return Draw(image, image.Width + (2 * dx), image.Height + (2 * dy), colour, (canvas, bitmap, _, _) => canvas.DrawBitmap(bitmap, dx, dy));
    }

    public static DecodedImage Letterbox(DecodedImage image, double fraction, SKColor colour)
    {
        var dy = (int)(image.Height * fraction);
        return Draw(image, image.Width, image.Height + (2 * dy), colour, (canvas, bitmap, _, _) => canvas.DrawBitmap(bitmap, 0, dy));
    }

    /// <summary>
    /// Places the image in the middle of a larger, textured canvas (a screenshot, a meme template), so that it
    /// fills <paramref name="share"/> of each side: what a uniform-border trim cannot undo but a centre crop can.
    /// </summary>
    public static DecodedImage EmbedInTexture(DecodedImage image, double share)
    {
        var width = (int)Math.Round(image.Width / share);
        var height = (int)Math.Round(image.Height / share);
        return Draw(image, width, height, SKColors.Gray, (canvas, bitmap, w, h) =>
        {
            using var paint = new SKPaint { Color = new SKColor(200, 60, 40), StrokeWidth = Math.Max(2, w / 60f) };
            for (var x = -h; x < w; x += Math.Max(6, w / 20))
            {
                canvas.DrawLine(x, 0, x + h, h, paint);
            }

            canvas.DrawBitmap(bitmap, (w - bitmap.Width) / 2, (h - bitmap.Height) / 2);
        });
    }

    public static DecodedImage CentreCrop(DecodedImage image, double keep)
    {
        var width = (int)(image.Width * keep);
        var height = (int)(image.Height * keep);
        return Crop(image, (image.Width - width) / 2, (image.Height - height) / 2, width, height);
    }

    public static DecodedImage CornerCrop(DecodedImage image, double keep) =>
        Crop(image, 0, 0, (int)(image.Width * keep), (int)(image.Height * keep));

    public static DecodedImage Crop(DecodedImage image, int x, int y, int width, int height) =>
        Draw(image, width, height, SKColors.Black, (canvas, bitmap, _, _) => canvas.DrawBitmap(bitmap, -x, -y));

    /// <summary>Rotates clockwise by a multiple of 90 degrees.</summary>
    public static DecodedImage Rotate(DecodedImage image, int degrees)
    {
        var swaps = degrees % 180 != 0;
        var width = swaps ? image.Height : image.Width;
        var height = swaps ? image.Width : image.Height;
        return Draw(image, width, height, SKColors.Black, (canvas, bitmap, w, h) =>
        {
            canvas.Translate(w / 2f, h / 2f);
            canvas.RotateDegrees(degrees);
            canvas.DrawBitmap(bitmap, -bitmap.Width / 2f, -bitmap.Height / 2f);
        });
    }

    /// <summary>Mirrors left to right.</summary>
    public static DecodedImage Mirror(DecodedImage image) =>
        Draw(image, image.Width, image.Height, SKColors.Black, (canvas, bitmap, w, _) =>
        {
            canvas.Scale(-1, 1, w / 2f, 0);
            canvas.DrawBitmap(bitmap, 0, 0);
        });

    private static DecodedImage Draw(DecodedImage image, int width, int height, SKColor background, Action<SKCanvas, SKBitmap, int, int> draw)
    {
        using var source = ToBitmap(image);
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var target = new SKBitmap(info);
        using (var canvas = new SKCanvas(target))
        {
            canvas.Clear(background);
            draw(canvas, source, width, height);
        }

        var pixels = target.Bytes;
        return new DecodedImage(width, height, PixelLayout.Rgba32, pixels, target.RowBytes, image.Format);
    }

    private static SKBitmap ToBitmap(DecodedImage image)
    {
        var colorType = image.Layout == PixelLayout.Gray8 ? SKColorType.Gray8 : SKColorType.Rgba8888;
        var alphaType = image.Layout == PixelLayout.Gray8 ? SKAlphaType.Opaque : SKAlphaType.Unpremul;
        var bitmap = new SKBitmap(new SKImageInfo(image.Width, image.Height, colorType, alphaType));
        var source = image.Pixels.Span;
        var destination = bitmap.GetPixelSpan();
        for (var y = 0; y < image.Height; y++)
        {
            source.Slice(y * image.RowBytes, bitmap.RowBytes).CopyTo(destination.Slice(y * bitmap.RowBytes, bitmap.RowBytes));
        }

        if (image.Layout == PixelLayout.Rgba32)
        {
            // Drawing composites by alpha; what is hashed ignores it, so make the pixels opaque first.
            for (var i = 3; i < destination.Length; i += 4)
            {
                destination[i] = 255;
            }
        }

        return bitmap;
    }
}
