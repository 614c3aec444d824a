using System.Text;
using Bulwark.Server.Console;
using Bulwark.Server.Tests.Support;

namespace Bulwark.Server.Tests.Console;

public sealed class ImageFormatTests
{
    [Fact]
    public async Task A_jpeg_is_recognised_from_its_bytes()
    {
        Assert.Equal("image/jpeg", ImageFormat.Sniff(await File.ReadAllBytesAsync(TestBanks.KnownImagePath)));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("<!DOCTYPE html><html></html>")]
    [InlineData("")]
    public void Script_capable_or_unknown_bytes_are_never_served_as_an_image(string content)
    {
        Assert.Null(ImageFormat.Sniff(Encoding.UTF8.GetBytes(content)));
    }
}
