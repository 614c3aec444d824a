using Bulwark.Scanning.Urls;

namespace Bulwark.Scanning.Tests.Urls;

public sealed class UrlExpressionsTests
{
    [Fact]
    public void Hosts_are_the_exact_host_and_suffixes_of_the_last_five_labels()
    {
        var url = UrlCanonicaliser.Canonicalise("http://a.b.c.d.e.f.g/1.html")!;
        Assert.Equal(["a.b.c.d.e.f.g", "c.d.e.f.g", "d.e.f.g", "e.f.g", "f.g"], UrlExpressions.Hosts(url));
    }

    [Fact]
    public void An_IP_address_is_only_tried_whole() =>
        Assert.Equal(["1.2.3.4"], UrlExpressions.Hosts(UrlCanonicaliser.Canonicalise("http://1.2.3.4/1/")!));

    [Fact]
    public void Paths_are_exact_with_and_without_query_then_prefixes_from_the_root()
    {
        var url = UrlCanonicaliser.Canonicalise("http://a.b.c/1/2.html?param=1")!;
        Assert.Equal(["/1/2.html?param=1", "/1/2.html", "/", "/1/"], UrlExpressions.Paths(url));
    }

    [Fact]
    public void At_most_four_prefixes_are_tried()
    {
        var url = UrlCanonicaliser.Canonicalise("http://a.b/1/2/3/4/5/6.html")!;
        Assert.Equal(["/1/2/3/4/5/6.html", "/", "/1/", "/1/2/", "/1/2/3/"], UrlExpressions.Paths(url));
    }
}
