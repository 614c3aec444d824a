using Bulwark.Detection.Signals;

namespace Bulwark.Detection.Tests.Signals;

public sealed class SignalTypeTests
{
    [Theory]
    [InlineData("pdq", "pdq")]
    [InlineData("PDQ", "pdq")]
    [InlineData(" md5 ", "md5")]
    [InlineData("video_md5", "md5")]
    [InlineData("photo_md5", "md5")]
    [InlineData("VIDEO_HASH_MD5", "md5")]
    [InlineData("sha256", "sha256")]
    [InlineData("SHA-256", "sha256")]
    [InlineData("video_sha256", "sha256")]
    [InlineData("HASH_SHA256", "sha256")]
    [InlineData("hash_pdq", "pdq")]
    public void Signal_type_names_and_threatexchange_aliases_parse_case_insensitively(string name, string canonical)
    {
        Assert.Equal(canonical, SignalType.Parse(name).Name);
        Assert.True(SignalType.TryParse(name.AsSpan(), out var fromSpan));
        Assert.Same(SignalType.Parse(name), fromSpan);
    }

    [Theory]
    [InlineData("")]
    [InlineData("url")]
    [InlineData("tlsh")]
    [InlineData("md")]
    public void Unknown_signal_type_names_are_rejected_with_the_supported_list(string name)
    {
        Assert.False(SignalType.TryParse(name, out _));
        var error = Assert.Throws<FormatException>(() => SignalType.Parse(name));
        Assert.Contains("pdq, md5, sha256", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Signal_types_are_a_closed_set_with_their_hex_lengths()
    {
        Assert.Equal(["pdq", "md5", "sha256"], SignalType.All.Select(t => t.Name));
        Assert.Equal([64, 32, 64], SignalType.All.Select(t => t.HexLength));
    }
}
