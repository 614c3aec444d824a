using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Detection.Tests.Policy;
using Bulwark.Detection.Text.Normalisation;

namespace Bulwark.Detection.Tests.Screening;

/// <summary>
/// A growing text screened again and again (a streamed answer) asks the judge once per question: the uncertain
/// categories and the first-pass evidence for them. The same evidence is the same question, answered already.
/// </summary>
public sealed class JudgeRulingsTests
{
    private static readonly ScreeningPolicy Policy = TestPolicies.Load(TestPolicies.Minimal);

    /// <summary>An uncertain grooming score whose evidence is the first occurrence of "cue" in the text.</summary>
    private static FakeDetector Classifier() => new("classifier", 1, CategoryIds.Grooming)
    {
        Behaviour = (content, _) => Task.FromResult<IReadOnlyList<Finding>>(
            [new Finding(CategoryIds.Grooming, 0.6, new Evidence("stand-in-rule") { Spans = [new TextSpan(content.Text!.IndexOf("cue", StringComparison.Ordinal), 3)] })]),
    };

    private static Content Output(string text) => Content.FromText(text, Surface.Output);

    [Fact]
    public async Task Unchanged_evidence_reuses_the_ruling_and_gives_the_same_verdict()
    {
        var judge = FakeDetector.Scoring("judge", 1_000_000, CategoryIds.Grooming, 0.95);
        var screener = new Screener(Policy, [Classifier()], judge: judge);
        var rulings = new JudgeRulings();

        var first = await screener.ScreenAsync(Output("a cue and"), rulings);
        var second = await screener.ScreenAsync(Output("a cue and then more text"), rulings);
        var third = await screener.ScreenAsync(Output("a cue and then more text, still more"), rulings);

        Assert.Equal(1, judge.Calls);
        Assert.Equal((1, 2), (rulings.Asked, rulings.Reused));
        Assert.All(new[] { first, second, third }, verdict => Assert.Equal(PolicyAction.Block, verdict.Action));
        Assert.Equal(first.Categories.Single().Score, third.Categories.Single().Score);
        Assert.Equal(["classifier", "judge"], third.DetectorsRun);
    }

    [Fact]
    public async Task New_evidence_asks_again()
    {
        var judge = FakeDetector.Scoring("judge", 1_000_000, CategoryIds.Grooming, 0.05);
        var screener = new Screener(Policy, [Classifier()], judge: judge);
        var rulings = new JudgeRulings();

        await screener.ScreenAsync(Output("a cue"), rulings);
        await screener.ScreenAsync(Output("now the cue moved"), rulings);

        Assert.Equal(2, judge.Calls);
    }

    [Fact]
    public async Task A_failed_ruling_is_not_kept_and_the_next_screen_asks_again()
    {
        var judge = FakeDetector.Throwing("judge", 1_000_000, CategoryIds.Grooming);
        var screener = new Screener(Policy, [Classifier()], judge: judge);
        var rulings = new JudgeRulings();

        var first = await screener.ScreenAsync(Output("a cue"), rulings);
        var second = await screener.ScreenAsync(Output("a cue and more"), rulings);

        Assert.Equal(2, judge.Calls);
        Assert.All(new[] { first, second }, verdict => Assert.Equal(PolicyAction.HoldForReview, verdict.Action));
    }

    [Fact]
    public async Task Without_rulings_every_screen_asks()
    {
        var judge = FakeDetector.Scoring("judge", 1_000_000, CategoryIds.Grooming, 0.95);
        var screener = new Screener(Policy, [Classifier()], judge: judge);

        await screener.ScreenAsync(Output("a cue"));
        await screener.ScreenAsync(Output("a cue"));

        Assert.Equal(2, judge.Calls);
    }
}
