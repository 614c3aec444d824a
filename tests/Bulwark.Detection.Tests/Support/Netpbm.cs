using System.Text;
using Bulwark.Detection.Imaging;

namespace Bulwark.Detection.Tests.Support;

/// <summary>Reads binary PPM (P6) files: the reference's decoded bytes, written by the tool that made the fixtures.</summary>
internal static class Netpbm
{
    public static DecodedImage ReadPpm(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var position = 0;
        var magic = NextToken(bytes, ref position);
        Assert.Equal("P6", magic);
        var width = int.Parse(NextToken(bytes, ref position), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(NextToken(bytes, ref position), System.Globalization.CultureInfo.InvariantCulture);
        var maxValue = int.Parse(NextToken(bytes, ref position), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(255, maxValue);
        position++; // the single whitespace byte after the header
        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            rgba[(i * 4) + 0] = bytes[position + (i * 3) + 0];
            rgba[(i * 4) + 1] = bytes[position + (i * 3) + 1];
            rgba[(i * 4) + 2] = bytes[position + (i * 3) + 2];
            rgba[(i * 4) + 3] = 255;
        }

        return new DecodedImage(width, height, PixelLayout.Rgba32, rgba, width * 4, "ppm");
    }

    private static string NextToken(byte[] bytes, ref int position)
    {
        while (char.IsWhiteSpace((char)bytes[position]))
        {
            position++;
        }

        var start = position;
        while (!char.IsWhiteSpace((char)bytes[position]))
        {
            position++;
        }

        return Encoding.ASCII.GetString(bytes, start, position - start);
    }
}
