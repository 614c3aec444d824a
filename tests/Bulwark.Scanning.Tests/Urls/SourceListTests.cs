using Bulwark.Scanning.Urls;

namespace Bulwark.Scanning.Tests.Urls;

public sealed class SourceListTests
{
    private static readonly SourceList List = new("stand-in", ["risky.example", "domain:other.example", "dataset:Forum Dump", "old-crawl-2019"]);

    [Theory]
    [InlineData("http://risky.example/x", "risky.example")]
    [InlineData("http://a.b.c.d.e.f.risky.example/x", "risky.example")]
    [InlineData("http://WWW.Other.Example./x", "other.example")]
    public void A_listed_domain_catches_every_subdomain_at_any_depth(string url, string domain) =>
        Assert.Equal(domain, List.MatchDomain(UrlCanonicaliser.Canonicalise(url)!));

    [Fact]
    public void A_domain_that_only_ends_with_the_same_letters_is_not_caught() =>
        Assert.Null(List.MatchDomain(UrlCanonicaliser.Canonicalise("http://notrisky.example/x")!));

    [Theory]
    [InlineData("forum dump", true)]
    [InlineData(" OLD-CRAWL-2019 ", true)]
    [InlineData("forum", false)]
    [InlineData(null, false)]
    public void Dataset_names_match_whole_and_ignoring_case(string? dataset, bool listed) =>
        Assert.Equal(listed, List.MatchDataset(dataset));

    [Fact]
    public void Bare_entries_are_domains_when_they_look_like_hosts()
    {
        Assert.Equal(2, List.DomainCount);
        Assert.Equal(2, List.DatasetCount);
    }
}
