using Bulwark.Detection.Imaging;

namespace Bulwark.Detection.Hashing.Pdq;

/// <summary>
/// Finds a uniform border (a frame, letterbox or pillarbox of near-constant colour) by walking in from each
/// edge while whole rows or columns stay within a tolerance of that edge's first line.
/// </summary>
internal static class UniformBorder
{
    /// <summary>The region inside the border, or null when there is no border worth trimming.</summary>
    public static PixelRegion? FindContent(DecodedImage image, int tolerance, double minimumFraction)
    {
        var width = image.Width;
        var height = image.Height;
        var top = CountUniformLines(image, fromStart: true, horizontal: true, tolerance);
        var bottom = top >= height ? 0 : CountUniformLines(image, fromStart: false, horizontal: true, tolerance);
        var left = CountUniformLines(image, fromStart: true, horizontal: false, tolerance);
        var right = left >= width ? 0 : CountUniformLines(image, fromStart: false, horizontal: false, tolerance);

        // Keep at most 45% per side, so a mostly flat image is not trimmed to a sliver.
        top = Math.Min(top, height * 45 / 100);
        bottom = Math.Min(bottom, height * 45 / 100);
        left = Math.Min(left, width * 45 / 100);
        right = Math.Min(right, width * 45 / 100);

        var trims = new[] { (top, height), (bottom, height), (left, width), (right, width) };
        if (!trims.Any(trim => trim.Item1 > 0 && trim.Item1 >= minimumFraction * trim.Item2))
        {
            return null;
        }

        return new PixelRegion(left, top, width - left - right, height - top - bottom);
    }

    private static int CountUniformLines(DecodedImage image, bool fromStart, bool horizontal, int tolerance)
    {
        var lines = horizontal ? image.Height : image.Width;
        var length = horizontal ? image.Width : image.Height;
        var first = fromStart ? 0 : lines - 1;
        var reference = Grey(image, horizontal, first, 0);
        var count = 0;
        for (var step = 0; step < lines; step++)
        {
            var line = fromStart ? step : lines - 1 - step;
            for (var position = 0; position < length; position++)
            {
                if (Math.Abs(Grey(image, horizontal, line, position) - reference) > tolerance)
                {
                    return count;
                }
            }

            count++;
        }

        return count;
    }

    private static int Grey(DecodedImage image, bool horizontal, int line, int position)
    {
        var (x, y) = horizontal ? (position, line) : (line, position);
        var pixels = image.Pixels.Span;
        if (image.Layout == PixelLayout.Gray8)
        {
            return pixels[(y * image.RowBytes) + x];
        }

        var offset = (y * image.RowBytes) + (x * 4);
        return (pixels[offset] + pixels[offset + 1] + pixels[offset + 2]) / 3;
    }
}
