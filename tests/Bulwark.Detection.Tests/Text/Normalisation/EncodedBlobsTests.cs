using Bulwark.Detection.Text.Normalisation;

namespace Bulwark.Detection.Tests.Text.Normalisation;

public sealed class EncodedBlobsTests
{
    private readonly TextNormaliser _normaliser = new();

    [Theory]
    [InlineData("see aGVsbG8gd29ybGQ= now", BlobEncoding.Base64, "aGVsbG8gd29ybGQ=")]
    [InlineData("see aGVsbG8gd29ybGQh now", BlobEncoding.Base64, "aGVsbG8gd29ybGQh")]
    [InlineData("see aGVsbG8gd29ybGQgfn5-ID4-PiA_Pz8= now", BlobEncoding.Base64Url, "aGVsbG8gd29ybGQgfn5-ID4-PiA_Pz8=")]
    [InlineData("see aGVsbG8gd29ybGQgfn5+ID4+PiA/Pz8= now", BlobEncoding.Base64, "aGVsbG8gd29ybGQgfn5+ID4+PiA/Pz8=")]
    [InlineData("see 68656c6c6f20776f726c64 now", BlobEncoding.Hex, "68656c6c6f20776f726c64")]
    [InlineData("see 68656C6C6F20776F726C64 now", BlobEncoding.Hex, "68656C6C6F20776F726C64")]
    public void Encoded_text_is_decoded_normalised_and_mapped_to_the_encoded_run(string input, BlobEncoding encoding, string run)
    {
        var text = _normaliser.Normalise(input);

        var segment = Assert.Single(text.DecodedSegments);
        Assert.Equal(encoding, segment.Encoding);
        Assert.Equal(run, input.Substring(segment.OriginalSpan.Start, segment.OriginalSpan.Length));
        Assert.StartsWith("hello world", segment.Text.Canonical, StringComparison.Ordinal);
    }

    [Fact]
    public void Spans_in_a_decoded_segment_map_to_its_decoded_text_and_the_segment_to_the_blob()
    {
        var text = _normaliser.Normalise("x " + Convert.ToBase64String("H3LL0 w\u200Borld"u8) + " y");

        var segment = Assert.Single(text.DecodedSegments);
        Assert.Equal("hello world", segment.Text.Folded);
        var world = segment.Text.MapToOriginal(TextView.Folded, 6, 5);
        Assert.Equal("w\u200Borld", segment.Text.Original.Substring(world.Start, world.Length));
        Assert.Equal(2, segment.OriginalSpan.Start);
    }

    [Fact]
    public void Base64_inside_base64_is_decoded_to_the_configured_depth()
    {
        var inner = Convert.ToBase64String("hello world"u8);
        var outer = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(inner));

        var text = _normaliser.Normalise(outer);

        var nested = Assert.Single(Assert.Single(text.DecodedSegments).Text.DecodedSegments);
        Assert.Equal("hello world", nested.Text.Canonical);
        var shallow = new TextNormaliser(new TextNormaliserOptions { MaxDecodeDepth = 1 }).Normalise(outer);
        Assert.Empty(Assert.Single(shallow.DecodedSegments).Text.DecodedSegments);
    }

    [Theory]
    [InlineData("internationalization and characterization")]
    [InlineData("order 12345678901234567890 shipped")]
    [InlineData("short aGVsbG8= run")]
    [InlineData("binary AAECAwQFBgcICQoLDA0ODxAREhM= data")]
    [InlineData("/usr/local/share/applications/some-thing")]
    public void Ordinary_words_numbers_short_runs_and_binary_are_not_decoded(string input)
    {
        Assert.Empty(_normaliser.Normalise(input).DecodedSegments);
    }

    [Fact]
    public void A_run_starting_right_after_padding_is_found_whole()
    {
        var text = _normaliser.Normalise("aGVsbG8gd29ybGQ=aGVsbG8gd29ybGQh");

        Assert.Equal(["hello world", "hello world!"], text.DecodedSegments.Select(s => s.Text.Canonical));
        Assert.Equal(new TextSpan(16, 16), text.DecodedSegments[1].OriginalSpan);
    }

    [Fact]
    public void Decoding_can_be_switched_off()
    {
        var normaliser = new TextNormaliser(new TextNormaliserOptions { DecodeEncodedBlobs = false });
        Assert.Empty(normaliser.Normalise("aGVsbG8gd29ybGQ=").DecodedSegments);
    }

    [Fact]
    public void The_number_of_segments_is_capped()
    {
        var blob = Convert.ToBase64String("hello world"u8);
        var input = string.Join(' ', Enumerable.Repeat(blob, 100));

        Assert.Equal(32, _normaliser.Normalise(input).DecodedSegments.Count);
    }
}
