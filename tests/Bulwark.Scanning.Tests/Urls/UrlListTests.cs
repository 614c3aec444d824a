using Bulwark.Scanning.Urls;

namespace Bulwark.Scanning.Tests.Urls;

public sealed class UrlListTests
{
    private static readonly UrlList List = new("stand-in", ["listed.example", "shared.example/albums/holiday/", "http://exact.example/one.jpg?size=2", "http://10.1.2.3/"]);

    [Theory]
    [InlineData("http://listed.example/anything.jpg", "listed.example/")]
    [InlineData("HTTPS://LISTED.EXAMPLE:443/a/b/c/d/e.jpg#x", "listed.example/")]
    [InlineData("http://cdn.img.listed.example./x.png", "listed.example/")]
    [InlineData("listed.example", "listed.example/")]
    [InlineData("http://%6c%69%73%74%65%64.example/x", "listed.example/")]
    [InlineData("http://shared.example/albums/holiday/beach.jpg", "shared.example/albums/holiday/")]
    [InlineData("http://shared.example/albums/./x/../holiday//beach.jpg", "shared.example/albums/holiday/")]
    [InlineData("http://exact.example/one.jpg?size=2", "exact.example/one.jpg?size=2")]
    [InlineData("http://167838211/page", "10.1.2.3/")]
    [InlineData("http://0x0a.1.2.3/page", "10.1.2.3/")]
    public void A_list_entry_catches_its_variants(string url, string expression) =>
        Assert.Equal(expression, List.Match(UrlCanonicaliser.Canonicalise(url)!));

    [Theory]
    [InlineData("http://notlisted.example/x.jpg")]
    [InlineData("http://listed.example.org/x.jpg")]
    [InlineData("http://shared.example/albums/work/a.jpg")]
    [InlineData("http://shared.example/albums/")]
    [InlineData("http://exact.example/one.jpg?size=3")]
    [InlineData("http://10.1.2.4/")]
    public void Neighbours_of_an_entry_are_not_caught(string url) =>
        Assert.Null(List.Match(UrlCanonicaliser.Canonicalise(url)!));

    [Fact]
    public async Task A_list_file_skips_comments_and_names_the_bad_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(path, ["# stand-in list", "", "listed.example", "http:///"]);
            var error = await Assert.ThrowsAsync<FormatException>(() => UrlList.LoadAsync(path));
            Assert.Contains(":4:", error.Message, StringComparison.Ordinal);
            await File.WriteAllLinesAsync(path, ["# stand-in list", "", "listed.example"]);
            Assert.Equal(1, (await UrlList.LoadAsync(path)).Count);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
