using Bulwark.Detection.Hashing.Pdq;
using Bulwark.Detection.Imaging;
using Bulwark.Detection.Tests.Support;

namespace Bulwark.Detection.Tests.Imaging;

public sealed class ImageDecoderTests
{
    private static readonly PdqHasher Hasher = new();

    /// <summary>scripts/test.sh installs libturbojpeg0; without it JPEGs still decode (through Skia), only slower.</summary>
    [Fact]
    public void The_system_turbojpeg_library_is_installed_and_used_for_jpegs()
    {
        Assert.True(new ImageDecoder().UsesSystemTurboJpeg, "libturbojpeg.so.0 was not found (apt-get install libturbojpeg0)");
        Assert.False(new ImageDecoder(new ImageDecoderOptions { UseSystemTurboJpeg = false }).UsesSystemTurboJpeg);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Both_jpeg_decoders_produce_the_same_pixels(bool fast)
    {
        var bytes = await File.ReadAllBytesAsync(SharedTestData.Pdq("dih", "bridge-1-original.jpg"));

        var turbo = new ImageDecoder(new ImageDecoderOptions { ReducedSizeDecode = fast }).Decode(bytes);
        var skia = new ImageDecoder(new ImageDecoderOptions { ReducedSizeDecode = fast, UseSystemTurboJpeg = false }).Decode(bytes);

        Assert.Equal((skia.Width, skia.Height, skia.Layout), (turbo.Width, turbo.Height, turbo.Layout));
        Assert.True(skia.Pixels.Span.SequenceEqual(turbo.Pixels.Span), "the two decoders disagree on some pixel");
    }

    [Fact]
    public async Task Gif_decodes_to_its_first_frame()
    {
        var decoder = new ImageDecoder();
        var gif = await decoder.DecodeFileAsync(RepositoryData.Path("images", "animated.gif"));
        var firstFrame = await decoder.DecodeFileAsync(RepositoryData.Path("images", "animated-first-frame.png"));

        Assert.Equal("gif", gif.Format);
        Assert.Equal(Hasher.Hash(firstFrame), Hasher.Hash(gif));
    }

    [Fact]
    public async Task Sixteen_bit_png_hashes_like_its_eight_bit_source()
    {
        var decoder = new ImageDecoder();
        var deep = await decoder.DecodeFileAsync(RepositoryData.Path("images", "bridge-16bit.png"));
        var shallow = await decoder.DecodeFileAsync(RepositoryData.Path("images", "animated-first-frame.png"));

        Assert.Equal(Hasher.Hash(shallow).Hash, Hasher.Hash(deep).Hash);
    }

    [Fact]
    public async Task Greyscale_png_decodes_to_one_channel()
    {
        var image = await new ImageDecoder().DecodeFileAsync(SharedTestData.Pdq("misc-images", "modes", "L.png"));

        Assert.Equal(PixelLayout.Gray8, image.Layout);
    }

    [Fact]
    public void A_declared_gigapixel_canvas_is_refused_before_decoding()
    {
        var bomb = PngWriter.GreyWithDeclaredSize(width: 50_000, height: 50_000, bodyRows: 1);

        var error = Assert.Throws<ImageDecodeException>(() => new ImageDecoder().Decode(bomb));

        Assert.Equal(ImageDecodeError.TooManyPixels, error.Error);
        Assert.Contains("50000x50000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pixel_cap_is_configurable()
    {
        var png = PngWriter.GreyWithDeclaredSize(width: 100, height: 100, bodyRows: 100);
        var strict = new ImageDecoder(new ImageDecoderOptions { MaxPixels = 9_999 });

        Assert.Equal(ImageDecodeError.TooManyPixels, Assert.Throws<ImageDecodeException>(() => strict.Decode(png)).Error);
        Assert.Equal(100, new ImageDecoder().Decode(png).Width);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_truncated_jpeg_is_reported_as_corrupt(bool systemTurboJpeg)
    {
        var bytes = await File.ReadAllBytesAsync(SharedTestData.Pdq("dih", "bridge-1-original.jpg"));
        var decoder = new ImageDecoder(new ImageDecoderOptions { UseSystemTurboJpeg = systemTurboJpeg });

        var error = Assert.Throws<ImageDecodeException>(() => decoder.Decode(bytes.AsSpan(0, bytes.Length / 2)));

        Assert.Equal(ImageDecodeError.Corrupt, error.Error);
    }

    [Fact]
    public void A_png_whose_body_ends_early_is_reported_as_corrupt()
    {
        var png = PngWriter.GreyWithDeclaredSize(width: 64, height: 64, bodyRows: 10);

        Assert.Equal(ImageDecodeError.Corrupt, Assert.Throws<ImageDecodeException>(() => new ImageDecoder().Decode(png)).Error);
    }

    [Theory]
    [InlineData("this is plain text, not an image")]
    [InlineData("%PDF-1.7")]
    public void Bytes_that_are_not_an_image_are_reported_as_unsupported(string text)
    {
        var error = Assert.Throws<ImageDecodeException>(() => new ImageDecoder().Decode(System.Text.Encoding.ASCII.GetBytes(text)));

        Assert.Equal(ImageDecodeError.UnsupportedFormat, error.Error);
    }

    [Fact]
    public void Empty_input_is_reported_as_empty()
    {
        Assert.Equal(ImageDecodeError.Empty, Assert.Throws<ImageDecodeException>(() => new ImageDecoder().Decode([])).Error);
    }

    [Fact]
    public void Input_over_the_encoded_size_cap_is_refused()
    {
        var decoder = new ImageDecoder(new ImageDecoderOptions { MaxEncodedBytes = 10 });

        Assert.Equal(ImageDecodeError.TooLarge, Assert.Throws<ImageDecodeException>(() => decoder.Decode(new byte[11])).Error);
    }

    [Fact]
    public async Task Exif_orientation_is_ignored_by_default_and_applied_on_request()
    {
        var path = SharedTestData.Pdq("exif-rotn", "exif-rotn-6.jpg");

        var stored = await new ImageDecoder().DecodeFileAsync(path);
        var oriented = await new ImageDecoder(new ImageDecoderOptions { ApplyExifOrientation = true }).DecodeFileAsync(path);

        Assert.Equal((4032, 3024), (stored.Width, stored.Height));
        Assert.Equal((3024, 4032), (oriented.Width, oriented.Height));
        // Orientation 6 turns the stored pixels 90 degrees clockwise; the reference's rotations are counter-clockwise.
        var rotated = Hasher.HashDihedral(stored)[Dihedral.Rotate270];
        Assert.InRange(Hasher.Hash(oriented).Hash.DistanceTo(rotated), 0, 16);
    }

    [Fact]
    public async Task Reduced_size_decode_halves_a_large_jpeg_and_keeps_the_hash_close()
    {
        var path = SharedTestData.Pdq("dih", "bridge-1-original.jpg");

        var exact = await new ImageDecoder().DecodeFileAsync(path);
        var fast = await new ImageDecoder(new ImageDecoderOptions { ReducedSizeDecode = true }).DecodeFileAsync(path);

        Assert.Equal((exact.Width / 2, exact.Height / 2), (fast.Width, fast.Height));
        Assert.InRange(Hasher.Hash(fast).Hash.DistanceTo(Hasher.Hash(exact).Hash), 0, 8);
    }
}
