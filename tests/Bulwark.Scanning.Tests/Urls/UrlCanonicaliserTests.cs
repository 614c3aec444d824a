using Bulwark.Scanning.Urls;

namespace Bulwark.Scanning.Tests.Urls;

/// <summary>The canonicalisation examples of Safe Browsing's "URLs and Hashing" page (the benign ones).</summary>
public sealed class UrlCanonicaliserTests
{
    [Theory]
    [InlineData("http://host/%25%32%35", "http://host/%25")]
    [InlineData("http://host/%25%32%35%25%32%35", "http://host/%25%25")]
    [InlineData("http://host/%2525252525252525", "http://host/%25")]
    [InlineData("http://host/asdf%25%32%35asd", "http://host/asdf%25asd")]
    [InlineData("http://host/%%%25%32%35asd%%", "http://host/%25%25%25asd%25%25")]
    [InlineData("http://www.google.com/", "http://www.google.com/")]
    [InlineData("http://%31%36%38%2e%31%38%38%2e%39%39%2e%32%36/%2E%73%65%63%75%72%65/%77%77%77%2E%65%62%61%79%2E%63%6F%6D/", "http://168.188.99.26/.secure/www.ebay.com/")]
    [InlineData("http://host%23.com/%257Ea%2521b%2540c%2523d%2524e%25f%255E00%252611%252A22%252833%252944_55%252B", "http://host%23.com/~a!b@c%23d$e%25f^00&11*22(33)44_55+")]
    [InlineData("http://3279880203/blah", "http://195.127.0.11/blah")]
    [InlineData("http://www.google.com/blah/..", "http://www.google.com/")]
    [InlineData("www.google.com/", "http://www.google.com/")]
    [InlineData("www.google.com", "http://www.google.com/")]
    [InlineData("http://www.evil.com/blah#frag", "http://www.evil.com/blah")]
    [InlineData("http://www.GOOgle.com/", "http://www.google.com/")]
    [InlineData("http://www.google.com.../", "http://www.google.com/")]
    [InlineData("http://www.google.com/foo\tbar\rbaz\n2", "http://www.google.com/foobarbaz2")]
    [InlineData("http://www.google.com/q?", "http://www.google.com/q?")]
    [InlineData("http://www.google.com/q?r?", "http://www.google.com/q?r?")]
    [InlineData("http://www.google.com/q?r?s", "http://www.google.com/q?r?s")]
    [InlineData("http://evil.com/foo#bar#baz", "http://evil.com/foo")]
    [InlineData("http://evil.com/foo;", "http://evil.com/foo;")]
    [InlineData("http://evil.com/foo?bar;", "http://evil.com/foo?bar;")]
    [InlineData("http://notrailingslash.com", "http://notrailingslash.com/")]
    [InlineData("http://www.gotaport.com:1234/", "http://www.gotaport.com/")]
    [InlineData("  http://www.google.com/  ", "http://www.google.com/")]
    [InlineData("http:// leadingspace.com/", "http://%20leadingspace.com/")]
    [InlineData("http://%20leadingspace.com/", "http://%20leadingspace.com/")]
    [InlineData("%20leadingspace.com/", "http://%20leadingspace.com/")]
    [InlineData("https://www.securesite.com/", "https://www.securesite.com/")]
    [InlineData("http://host.com/ab%23cd", "http://host.com/ab%23cd")]
    [InlineData("http://host.com//twoslashes?more//slashes", "http://host.com/twoslashes?more//slashes")]
    public void Documented_examples_canonicalise_as_documented(string input, string expected) =>
        Assert.Equal(expected, UrlCanonicaliser.Canonicalise(input)!.ToString());

    [Theory]
    [InlineData("http://0xC37F000B/", "195.127.0.11")]
    [InlineData("http://0303.0177.0.013/", "195.127.0.11")]
    [InlineData("http://195.127.11/", "195.127.0.11")]
    [InlineData("http://195.8323083/", "195.127.0.11")]
    [InlineData("http://0xc3.0x7f.0.0xb/", "195.127.0.11")]
    public void Every_IPv4_spelling_becomes_dotted_decimal(string input, string host)
    {
        var url = UrlCanonicaliser.Canonicalise(input)!;
        Assert.Equal(host, url.Host);
        Assert.True(url.HostIsIpAddress);
    }

    [Theory]
    [InlineData("http://256.1.1.1/")]
    [InlineData("http://1.2.3.4.5/")]
    [InlineData("http://08.1.1.1/")]
    public void Hosts_that_are_not_IPv4_addresses_stay_names(string input) =>
        Assert.False(UrlCanonicaliser.Canonicalise(input)!.HostIsIpAddress);

    [Fact]
    public void International_domain_names_become_punycode() =>
        Assert.Equal("http://xn--bcher-kva.example/", UrlCanonicaliser.Canonicalise("http://Bücher.example/")!.ToString());

    [Fact]
    public void User_info_and_port_are_dropped() =>
        Assert.Equal("http://www.example.com/a", UrlCanonicaliser.Canonicalise("http://user:pw@www.example.com:8080/a")!.ToString());

    [Fact]
    public void Dot_segments_resolve_and_never_climb_above_the_root() =>
        Assert.Equal("http://example.com/c/", UrlCanonicaliser.Canonicalise("http://example.com/a/./b/../../../c/.")!.ToString());

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("http:///path-only")]
    public void Input_without_a_host_has_no_canonical_form(string? input) =>
        Assert.Null(UrlCanonicaliser.Canonicalise(input));
}
