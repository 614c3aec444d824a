using Bulwark.Detection.Imaging;
using SkiaSharp;

namespace Bulwark.Detection.Evaluation;

/// <summary>
/// Deterministic, benign abstract pictures (gradients, shapes, lines) for evaluation at a scale no checked-in
/// photo set offers: the same seed always draws the same picture, different seeds unrelated ones.
/// </summary>
public static class SyntheticImages
{
    public static DecodedImage Generate(int seed, int width = 400, int height = 300)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 8);
#pragma warning disable CA5394 // Not security: a seeded generator is what makes the pictures reproducible.
        var random = new Random(seed);
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        using (var canvas = new SKCanvas(bitmap))
        {
            SKColor RandomColour() => new((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
            using (var background = new SKPaint())
            {
                background.Shader = SKShader.CreateLinearGradient(
                    new SKPoint(random.Next(width), 0), new SKPoint(random.Next(width), height), [RandomColour(), RandomColour()], SKShaderTileMode.Clamp);
                canvas.DrawRect(0, 0, width, height, background);
            }

            using var paint = new SKPaint { IsAntialias = true };
            var shapes = 6 + random.Next(10);
            for (var i = 0; i < shapes; i++)
            {
                paint.Color = RandomColour();
                paint.Style = random.Next(3) == 0 ? SKPaintStyle.Stroke : SKPaintStyle.Fill;
                paint.StrokeWidth = 2 + random.Next(10);
                var x = random.Next(width);
                var y = random.Next(height);
                var size = (width / 12) + random.Next(width / 3);
                switch (random.Next(3))
                {
                    case 0:
                        canvas.DrawCircle(x, y, size / 2f, paint);
                        break;
                    case 1:
                        canvas.DrawRect(x - (size / 2), y - (size / 3), size, size * 2 / 3, paint);
                        break;
                    default:
                        canvas.DrawLine(x, y, random.Next(width), random.Next(height), paint);
                        break;
                }
            }
        }
#pragma warning restore CA5394

        return new DecodedImage(width, height, PixelLayout.Rgba32, bitmap.Bytes, bitmap.RowBytes, "synthetic");
    }
}
