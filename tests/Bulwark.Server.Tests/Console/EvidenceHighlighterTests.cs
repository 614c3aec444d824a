using Bulwark.Server.Console;

namespace Bulwark.Server.Tests.Console;

public sealed class EvidenceHighlighterTests
{
    [Fact]
    public void Spans_are_marked_and_everything_is_html_encoded()
    {
        var html = EvidenceHighlighter.Render("say <b>hi</b> & bye", ["4:9"]).ToString();

        Assert.Equal("say <mark>&lt;b&gt;hi&lt;/b&gt;</mark> &amp; bye", html);
    }

    [Fact]
    public void Overlapping_spans_merge_and_malformed_or_outside_spans_are_dropped()
    {
        var spans = EvidenceHighlighter.Parse(["0:3,2:4", "x:1,-1:2,9:0", "50:5", null, "8:100"], length: 10);

        Assert.Equal([(0, 6), (8, 10)], spans);
    }
}
