using Bulwark.Detection.Imaging;
using SkiaSharp;

namespace Bulwark.Detection.Tests.Imaging;

/// <summary>
/// Hostile input: damaged images of every supported format must either decode or fail with an
/// <see cref="ImageDecodeException"/>. Anything else (another exception type, a crash in native code that would
/// take the test host down) is a defect. Seeded, so a failure reproduces.
/// </summary>
public sealed class ImageDecoderRobustnessTests
{
    private const int MutationsPerImage = 150;

    public static TheoryData<string, bool> Samples => new()
    {
        { "jpeg", true },
        { "jpeg", false },
        { "grey-jpeg", true },
        { "png", false },
        { "webp", false },
        { "gif", false },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Damaged_images_decode_or_fail_with_a_decode_error(string sample, bool systemTurboJpeg)
    {
        var original = Sample(sample);
        var decoder = new ImageDecoder(new ImageDecoderOptions { UseSystemTurboJpeg = systemTurboJpeg, MaxPixels = 4_000_000 });
#pragma warning disable CA5394 // Not security: a seeded generator makes each damaged input reproducible.
        var random = new Random(sample.GetHashCode(StringComparison.Ordinal) ^ 20261127);
        for (var i = 0; i < MutationsPerImage; i++)
        {
            var damaged = Mutate(original, random);
#pragma warning restore CA5394
            try
            {
                var image = decoder.Decode(damaged);
                Assert.True(image.Width > 0 && image.Height > 0);
            }
            catch (ImageDecodeException)
            {
                // A clear, typed refusal is the other acceptable outcome.
            }
        }
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
#pragma warning disable CA5394
        var bytes = (byte[])original.Clone();
        switch (random.Next(4))
        {
            case 0:
                return bytes.AsSpan(0, random.Next(1, bytes.Length)).ToArray();
            case 1:
                for (var flips = random.Next(1, 9); flips > 0; flips--)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                return bytes;
            case 2:
                var start = random.Next(bytes.Length);
                random.NextBytes(bytes.AsSpan(start, Math.Min(bytes.Length - start, random.Next(1, 64))));
                return bytes;
            default:
                // Header bytes are where sizes and table lengths live; damage them specifically.
                for (var flips = random.Next(1, 5); flips > 0; flips--)
                {
                    bytes[random.Next(Math.Min(bytes.Length, 200))] = (byte)random.Next(256);
                }

                return bytes;
        }
#pragma warning restore CA5394
    }

    private static byte[] Sample(string name) => name switch
    {
        "jpeg" => File.ReadAllBytes(SharedTestData.Pdq("misc-images", "wee.jpg")),
        "grey-jpeg" => File.ReadAllBytes(SharedTestData.Pdq("misc-images", "small.jpg")),
        "gif" => File.ReadAllBytes(Support.RepositoryData.Path("images", "animated.gif")),
        "png" => Encode(SKEncodedImageFormat.Png),
        "webp" => Encode(SKEncodedImageFormat.Webp),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static byte[] Encode(SKEncodedImageFormat format)
    {
        using var bitmap = SKBitmap.Decode(SharedTestData.Pdq("misc-images", "wee.jpg"));
        using var data = bitmap.Encode(format, 80);
        return data.ToArray();
    }
}
