using Bulwark.Detection.Hashing.Pdq;
using Bulwark.Detection.Imaging;
using Bulwark.Detection.Tests.Support;

namespace Bulwark.Detection.Tests.Imaging;

public sealed class DecodedImageTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_decoded_image_exposes_exactly_its_rows_though_its_pooled_buffer_may_be_larger(bool systemTurboJpeg)
    {
        var bytes = await File.ReadAllBytesAsync(SharedTestData.Pdq("labelme-subset", "q0003.jpg"));

        using var image = new ImageDecoder(new ImageDecoderOptions { UseSystemTurboJpeg = systemTurboJpeg }).Decode(bytes);

        Assert.Equal(image.RowBytes * image.Height, image.Pixels.Length);
    }

    [Fact]
    public async Task Pixels_cannot_be_read_after_dispose_and_a_second_dispose_is_harmless()
    {
        var bytes = await File.ReadAllBytesAsync(SharedTestData.Pdq("labelme-subset", "q0003.jpg"));
        var image = new ImageDecoder().Decode(bytes);

        image.Dispose();
        image.Dispose();

        Assert.Throws<ObjectDisposedException>(() => image.Pixels);
        Assert.Equal(256, image.Width);
    }

    [Fact]
    public async Task A_reused_pixel_buffer_carries_nothing_over_from_the_image_before()
    {
        var decoder = new ImageDecoder();
        var large = await File.ReadAllBytesAsync(SharedTestData.Pdq("dih", "bridge-1-original.jpg"));
        var small = await File.ReadAllBytesAsync(SharedTestData.Pdq("labelme-subset", "q2821.jpg"));
        byte[] first;
        PdqResult firstHash;
        using (var image = decoder.Decode(small))
        {
            first = image.Pixels.ToArray();
            firstHash = new PdqHasher().Hash(image);
        }

        for (var round = 0; round < 3; round++)
        {
            decoder.Decode(large).Dispose();
            using var again = decoder.Decode(small);

            Assert.True(first.AsSpan().SequenceEqual(again.Pixels.Span), "the pixels differ from the first decode");
            Assert.Equal(firstHash, new PdqHasher().Hash(again));
        }
    }

    [Fact]
    public void Disposing_an_image_over_the_callers_pixels_does_not_hand_them_to_the_pool()
    {
        var pixels = new byte[16];
        var image = new DecodedImage(2, 2, PixelLayout.Rgba32, pixels, 8);

        image.Dispose();

        // Had the array gone to the shared pool, this thread's next rent of its size would return it.
        var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(16);
        System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        Assert.NotSame(pixels, rented);
        Assert.Throws<ObjectDisposedException>(() => image.Pixels);
    }
}
