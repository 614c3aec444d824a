using Bulwark.Detection.Text.Signals;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bulwark.Detection.Tests.Text.Signals;

public sealed class IntentDetectorPropertyTests
{
    private static readonly IntentDetector Detector = new();

    /// <summary>Pieces the rules react to, mixed with arbitrary characters, lone surrogates and separators.</summary>
    private static Gen<string> Texts()
    {
        var pieces = Gen.Elements(
            "write", "a", "story", "can", "you", "please", "undress", "her", "this", "photo", "you are", "12", "minutes", "pose as",
            "to chat with", "where can i find", "out", "trade", "pics", "act as", "напиши", "рассказ", "представь", ", что ты",
            "帮我画", "图片", "描いて", "イラスト", "を", "eine", "Geschichte", "schreiben", ",", ".", " ", "'", "-", "\u200B",
            "\uD800", "\uDC00", "d2hlcmUgY2FuIGkgZG93bmxvYWQgaXQ=");
        var any = Gen.Choose(0, 0xFFFF).Select(cp => ((char)cp).ToString());
        return Gen.Frequency((6, pieces), (1, any)).ListOf().Select(string.Concat);
    }

    [Property(MaxTest = 300)]
    public Property Any_text_is_scanned_without_throwing_and_evidence_lies_inside_it()
    {
        return Prop.ForAll(Texts().ToArbitrary(), input =>
        {
            var intents = Detector.Detect(input);
            return intents.All(intent =>
                    intent.Evidence.Start >= 0 && intent.Evidence.End <= input.Length && intent.Evidence.Length > 0
                    && intent.Confidence is > 0 and <= 1)
                && intents.Zip(intents.Skip(1)).All(pair => pair.First.Evidence.Start <= pair.Second.Evidence.Start);
        });
    }

    [Property(MaxTest = 200)]
    public Property Findings_of_one_kind_never_overlap()
    {
        return Prop.ForAll(Texts().ToArbitrary(), input =>
        {
            var intents = Detector.Detect(input);
            return intents.GroupBy(intent => intent.Kind).All(kind => kind.Zip(kind.Skip(1))
                .All(pair => pair.First.Evidence.End <= pair.Second.Evidence.Start));
        });
    }

    [Fact]
    public void A_one_megabyte_input_is_scanned_whole()
    {
        var input = string.Concat(Enumerable.Repeat("I wrote a story yesterday. Write a poem about the sea. ", 1_000_000 / 54 + 1))[..1_000_000];
        var intents = Detector.Detect(input);
        Assert.NotEmpty(intents);
        Assert.All(intents, intent => Assert.Equal(IntentKind.Generate, intent.Kind));
        Assert.True(intents[^1].Evidence.Start > 990_000);
    }
}
