using Bulwark.Detection.Text.Signals;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bulwark.Detection.Tests.Text.Signals;

public sealed class SexualIndicatorDetectorPropertyTests
{
    private static readonly SexualIndicatorDetector Detector = new();

    /// <summary>Pieces the rules react to, mixed with arbitrary characters, lone surrogates and separators.</summary>
    private static Gen<string> Texts()
    {
        var pieces = Gen.Elements(
            "sexy", "sex", "sexual", "health", "education", "nude", "naked", "eye", "cp", "links", "videos", "xxx", "x", "std",
            "porn", "food", "desnuda", "nue", "nackt", "голая", "цп", "裸", "眼", "性", "的", "男", "エ", "ロ", "カ", "ー", "ヌード",
            "ル", ":", "/", ".", " ", "'", "-", "\u200B", "\uD800", "\uDC00", "c2VuZCBudWRlcw==");
        var any = Gen.Choose(0, 0xFFFF).Select(cp => ((char)cp).ToString());
        return Gen.Frequency((6, pieces), (1, any)).ListOf().Select(string.Concat);
    }

    [Property(MaxTest = 300)]
    public Property Any_text_is_scanned_without_throwing_and_evidence_lies_inside_it_in_order()
    {
        return Prop.ForAll(Texts().ToArbitrary(), input =>
        {
            var findings = Detector.Detect(input);
            return findings.Zip(findings.Skip(1)).All(pair => pair.First.Evidence.Start <= pair.Second.Evidence.Start)
                && findings.All(finding =>
                    finding.Evidence.Start >= 0 && finding.Evidence.End <= input.Length && finding.Evidence.Length > 0
                    && finding.Confidence is > 0 and <= 1);
        });
    }

    [Fact]
    public void A_one_megabyte_input_is_scanned_whole()
    {
        var input = string.Concat(Enumerable.Repeat("The naked eye sees the sex ratio. Send nudes. ", 1_000_000 / 46 + 1))[..1_000_000];
        var findings = Detector.Detect(input);
        Assert.All(findings, finding => Assert.Equal(SexualIndicatorKind.Material, finding.Kind));
        Assert.True(findings.Count > 20_000);
    }
}
