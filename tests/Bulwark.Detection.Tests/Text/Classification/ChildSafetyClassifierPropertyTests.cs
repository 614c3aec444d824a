using Bulwark.Detection.Text.Classification;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bulwark.Detection.Tests.Text.Classification;

public sealed class ChildSafetyClassifierPropertyTests
{
    private static readonly ChildSafetyClassifier Classifier = new();

    /// <summary>Words the signals react to, mixed with arbitrary characters, lone surrogates, separators and base64.</summary>
    private static Gen<string> Texts()
    {
        var pieces = Gen.Elements(
            "write", "a", "story", "12", "year", "old", "sexy", "nude", "send", "me", "pic", "don't", "tell", "your", "parents",
            "I'm", "teacher", "help", "what", "do", "I", "undress", "photo", "of", "my", "niece", "pay", "or", "everyone", "will", "see",
            "niño", "enfant", "Kind", "ребёнок", "孩子", "子供", "歳", "写", "脱衣", ",", ".", " ", "-", "\u200B", "\uD800", "\uDC00",
            "aGVsbG8gd29ybGQ=");
        var any = Gen.Choose(0, 0xFFFF).Select(cp => ((char)cp).ToString());
        return Gen.Frequency((6, pieces), (1, any)).ListOf().Select(string.Concat);
    }

    [Property(MaxTest = 300)]
    public Property Any_text_is_classified_without_throwing_with_scores_and_evidence_in_range()
    {
        return Prop.ForAll(Texts().ToArbitrary(), input =>
        {
            var classification = Classifier.Classify(input);
            return classification.Categories.Select(score => score.Category).Distinct().Count() == classification.Categories.Count
                && classification.Categories.All(score => score.Score is > 0 and <= 1 && score.Evidence.Count > 0
                    && score.Evidence.All(evidence => evidence.Span.Start >= 0 && evidence.Span.End <= input.Length));
        });
    }

    [Property(MaxTest = 100)]
    public Property Any_conversation_is_classified_with_evidence_inside_its_transcript()
    {
        return Prop.ForAll(Texts().ListOf().ToArbitrary(), turns =>
        {
            var classification = Classifier.ClassifyConversation([.. turns]);
            return classification.Turns.Count == turns.Count
                && classification.Categories.SelectMany(score => score.Evidence).All(evidence => evidence.Span.Start >= 0 && evidence.Span.End <= classification.Text.Length);
        });
    }

    [Fact]
    public void A_one_megabyte_input_is_classified()
    {
        var input = string.Concat(Enumerable.Repeat("The meeting moved to Tuesday. My son is 12 and plays football. ", 1_000_000 / 60 + 1))[..1_000_000];

        var classification = Classifier.Classify(input);

        Assert.Contains(classification.Categories, score => score.Category == Bulwark.Detection.Policy.CategoryIds.HasMinor);
    }
}
