using Bulwark.Detection.Text.Signals;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bulwark.Detection.Tests.Text.Signals;

public sealed class ContactCueDetectorPropertyTests
{
    private static readonly ContactCueDetector Detector = new();

    /// <summary>Pieces the rules react to, mixed with arbitrary characters, lone surrogates and separators.</summary>
    private static Gen<string> Texts()
    {
        var pieces = Gen.Elements(
            "I'll", "I", "ll", "he", "will", "send", "your", "my", "pics", "to", "school", "don't", "tell", "parents", "or", "else",
            "pay", "me", "$", "500", "€", "euros", "more", "you", "u", "sonst", "скинь", "фото", "你", "加我微信", "否则", "ばらま",
            "く", "かれ", "秘密", ",", ".", " ", "'", "-", "\u200B", "\uD800", "\uDC00", "c2VuZCBtZSBhIHBpYw==");
        var any = Gen.Choose(0, 0xFFFF).Select(cp => ((char)cp).ToString());
        return Gen.Frequency((6, pieces), (1, any)).ListOf().Select(string.Concat);
    }

    [Property(MaxTest = 300)]
    public Property Any_text_is_scanned_without_throwing_and_evidence_lies_inside_it()
    {
        return Prop.ForAll(Texts().ToArbitrary(), input =>
        {
            var cues = Detector.Detect(input);
            var starts = cues.Select(cue => cue.Evidence.Start).ToList();
            return cues.Count(cue => cue.Kind == ContactCueKind.SecondPerson) <= 1
                && starts.SequenceEqual(starts.Order())
                && cues.All(cue =>
                    cue.Evidence.Start >= 0 && cue.Evidence.End <= input.Length && cue.Evidence.Length > 0
                    && cue.Confidence is > 0 and <= 1);
        });
    }

    [Fact]
    public void A_one_megabyte_input_is_scanned_and_reports_its_cue()
    {
        var input = "add me on snap. " + string.Concat(Enumerable.Repeat("Send me the report. We met at the conference. ", 1_000_000 / 46 + 1))[..999_000];
        var cue = Assert.Single(Detector.Detect(input), found => found.Confidence >= ContactCueDetector.Likely);
        Assert.Equal(ContactCueKind.PrivateChannel, cue.Kind);
    }
}
