using Bulwark.Detection.Text.Signals;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bulwark.Detection.Tests.Text.Signals;

public sealed class ProtectiveContextDetectorPropertyTests
{
    private static readonly ProtectiveContextDetector Detector = new();

    /// <summary>Pieces the rules react to, mixed with arbitrary characters, lone surrogates and separators.</summary>
    private static Gen<string> Texts()
    {
        var pieces = Gen.Elements(
            "I'm", "I", "m", "a", "as", "teacher", "nurse", "my", "son", "and", "how", "to", "keep", "safe", "help", "me",
            "what", "do", "threatening", "the", "law", "novel", "soy", "madre", "я", "учител", "ем", "我是", "家长", "怎么办",
            "私は", "教師", "として", "脅されて", ",", ".", " ", "'", "-", "\u200B", "\uD800", "\uDC00", "aGVsbG8gd29ybGQ=");
        var any = Gen.Choose(0, 0xFFFF).Select(cp => ((char)cp).ToString());
        return Gen.Frequency((6, pieces), (1, any)).ListOf().Select(string.Concat);
    }

    [Property(MaxTest = 300)]
    public Property Any_text_is_scanned_without_throwing_and_evidence_lies_inside_it()
    {
        return Prop.ForAll(Texts().ToArbitrary(), input =>
        {
            var contexts = Detector.Detect(input);
            return contexts.Select(context => context.Kind).Distinct().Count() == contexts.Count
                && contexts.All(context =>
                    context.Evidence.Start >= 0 && context.Evidence.End <= input.Length && context.Evidence.Length > 0
                    && (context.Support is null || context.Support.Value.End <= input.Length)
                    && context.Confidence is > 0 and <= 1);
        });
    }

    [Fact]
    public void A_one_megabyte_input_is_scanned_whole_and_reports_each_kind_once()
    {
        var input = string.Concat(Enumerable.Repeat("I'm a teacher. The parent company grew. ", 1_000_000 / 40 + 1))[..1_000_000];
        var context = Assert.Single(Detector.Detect(input), found => found.Confidence >= ProtectiveContextDetector.Likely);
        Assert.Equal(ProtectiveContextKind.Educator, context.Kind);
    }
}
