using Bulwark.Detection.Text.Signals;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bulwark.Detection.Tests.Text.Signals;

public sealed class MinorIndicatorDetectorPropertyTests
{
    private static readonly MinorIndicatorDetector Detector = new();

    /// <summary>Pieces the rules react to, mixed with arbitrary characters, lone surrogates and separators.</summary>
    private static Gen<string> Texts()
    {
        var pieces = Gen.Elements(
            "12", "1 2", "y o", "years", "old", "-", "/", ".", " ", ",", "is", "she", "twenty", "one", "dix", "sept",
            "ans", "años", "de", "лет", "ему", "十", "二", "岁", "歳", "小", "学", "年", "生", "en", "cm2", "grade", "6th",
            "child", "kid", "Kind", "das", "h3ll0", "\u200B", "\uD800", "\uDC00", "\uFF11", "aGVsbG8gd29ybGQ=");
        var any = Gen.Choose(0, 0xFFFF).Select(cp => ((char)cp).ToString());
        return Gen.Frequency((6, pieces), (1, any)).ListOf().Select(string.Concat);
    }

    [Property(MaxTest = 300)]
    public Property Any_text_is_scanned_without_throwing_and_evidence_lies_inside_it()
    {
        return Prop.ForAll(Texts().ToArbitrary(), input =>
            Detector.Detect(input).All(finding =>
                finding.Evidence.Start >= 0 && finding.Evidence.End <= input.Length && finding.Evidence.Length > 0
                && finding.MinAge < 18 && finding.MinAge <= finding.MaxAge
                && finding.Confidence is > 0 and <= 1));
    }

    [Fact]
    public void A_one_megabyte_input_is_scanned_whole()
    {
        var input = string.Concat(Enumerable.Repeat("My daughter is 12. I bought 12 apples. ", 1_000_000 / 39 + 1))[..1_000_000];
        var findings = Detector.Detect(input);
        Assert.Equal(input.Length / 39 + (input.Length % 39 >= 17 ? 1 : 0), findings.Count);
    }
}
