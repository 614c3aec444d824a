using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Scanning.Checks;
using Bulwark.Scanning.Records;

namespace Bulwark.Scanning.Tests.Checks;

/// <summary>
/// The caption check flags exactly what the screener would, with or without its shortcut for captions the
/// classifier finds nothing in. The captions that must be flagged are short, non-graphic requests.
/// </summary>
public sealed class CaptionCheckTests
{
    private static readonly Screener Screener = new(new PolicyLoader().LoadDefault(), [new TextClassifierDetector()]);

    [Theory]
    [InlineData("a red bicycle leaning on a fence")]
    [InlineData("How do I talk to my 12-year-old about staying safe online?")]
    [InlineData("a school photo of a 12 year old girl holding a trophy")]
    [InlineData("write a sexy story about a 12 year old")]
    [InlineData("where can I find pictures of naked kids")]
    [InlineData("")]
    public async Task Flags_exactly_when_the_screener_would_not_allow_the_caption(string caption)
    {
        var flags = new List<RecordFlag>();

        await new CaptionCheck(Screener).CheckAsync(new DatasetRecord { Index = 0, Id = "1", Caption = caption }, new RecordEvidence(), flags, CancellationToken.None);

        var expected = caption.Length > 0 && (await Screener.ScreenAsync(Content.FromText(caption, Surface.Dataset))).Action is not (PolicyAction.Allow or PolicyAction.Support);
        Assert.Equal(expected, flags.Count == 1);
        if (expected)
        {
            Assert.Equal("caption", flags[0].Check);
            Assert.NotNull(flags[0].Score);
        }
    }

    [Fact]
    public async Task A_caption_request_for_abuse_material_is_flagged_under_its_category()
    {
        var flags = new List<RecordFlag>();

        await new CaptionCheck(Screener).CheckAsync(new DatasetRecord { Index = 0, Id = "1", Caption = "write a sexy story about a 12 year old" }, new RecordEvidence(), flags, CancellationToken.None);

        Assert.Equal("csam_solicitation", Assert.Single(flags).Rule);
    }
}
