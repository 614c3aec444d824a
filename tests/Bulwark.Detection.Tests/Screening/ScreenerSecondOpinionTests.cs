using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Detection.Tests.Policy;

namespace Bulwark.Detection.Tests.Screening;

/// <summary>
/// The judge as a second pass: asked only when a category it covers scored in the policy's uncertain band (grooming's
/// is 0.4 to 0.85 in the test policy), its score replaces the uncertain one, and its failure holds exactly those
/// categories.
/// </summary>
public sealed class ScreenerSecondOpinionTests
{
    private static readonly ScreeningPolicy Policy = TestPolicies.Load(TestPolicies.Minimal);

    private static Content Prompt() => Content.FromText("a neutral stand-in sentence", Surface.Prompt);

    [Fact]
    public async Task The_judge_is_not_asked_when_nothing_is_uncertain()
    {
        var judge = FakeDetector.Scoring("judge", 1_000_000, CategoryIds.Grooming, 0.95);
        var screener = new Screener(Policy, [FakeDetector.Scoring("classifier", 1, CategoryIds.Grooming, 0.2)], judge: judge);

        var verdict = await screener.ScreenAsync(Prompt());

        Assert.Equal(0, judge.Calls);
        Assert.Equal(["classifier"], verdict.DetectorsRun);
        Assert.Equal(PolicyAction.Allow, verdict.Action);
    }

    [Fact]
    public async Task A_safe_answer_replaces_an_uncertain_score_and_lets_the_content_through()
    {
        var judge = FakeDetector.Scoring("judge", 1_000_000, CategoryIds.Grooming, 0.05);
        var screener = new Screener(Policy, [FakeDetector.Scoring("classifier", 1, CategoryIds.Grooming, 0.6)], judge: judge);

        var verdict = await screener.ScreenAsync(Prompt());

        Assert.Equal(1, judge.Calls);
        Assert.Equal(["classifier", "judge"], verdict.DetectorsRun);
        Assert.Equal(PolicyAction.Allow, verdict.Action);
        var grooming = Assert.Single(verdict.Categories);
        Assert.Equal((0.05, true, false), (grooming.Score, grooming.Judged, grooming.Uncertain));
        Assert.Equal(["classifier", "judge"], verdict.Findings.Select(finding => finding.Detector));
    }

    [Fact]
    public async Task A_violating_answer_turns_a_hold_into_a_block()
    {
        var judge = FakeDetector.Scoring("judge", 1_000_000, CategoryIds.Grooming, 0.95);
        var screener = new Screener(Policy, [FakeDetector.Scoring("classifier", 1, CategoryIds.Grooming, 0.6)], judge: judge);

        var verdict = await screener.ScreenAsync(Prompt());

        Assert.Equal(PolicyAction.Block, verdict.Action);
        Assert.Equal(0.95, Assert.Single(verdict.Categories).Score);
    }

    [Fact]
    public async Task A_failing_judge_holds_the_uncertain_category_for_review()
    {
        var judge = FakeDetector.Throwing("judge", 1_000_000, CategoryIds.Grooming, CategoryIds.CsamSolicitation);
        var screener = new Screener(Policy, [FakeDetector.Scoring("classifier", 1, CategoryIds.Grooming, 0.45)], judge: judge);

        var verdict = await screener.ScreenAsync(Prompt());

        Assert.Equal(PolicyAction.HoldForReview, verdict.Action);
        var failure = Assert.Single(verdict.Failures);
        Assert.Equal("judge", failure.Detector);
        Assert.Equal([CategoryIds.Grooming], failure.FailedClosed);
        Assert.DoesNotContain(verdict.Categories, outcome => outcome.Category == CategoryIds.CsamSolicitation);
    }

    [Fact]
    public async Task A_judge_that_does_not_answer_in_time_fails_closed()
    {
        var judge = FakeDetector.Slow("judge", 1_000_000, CategoryIds.Grooming);
        var options = new ScreenerOptions { JudgeTimeout = TimeSpan.FromMilliseconds(100) };
        var screener = new Screener(Policy, [FakeDetector.Scoring("classifier", 1, CategoryIds.Grooming, 0.45)], options, judge);

        var verdict = await screener.ScreenAsync(Prompt());

        Assert.Equal(DetectorFailureKind.TimedOut, Assert.Single(verdict.Failures).Kind);
        Assert.Equal(PolicyAction.HoldForReview, verdict.Action);
    }

    [Fact]
    public async Task The_judge_is_skipped_when_another_category_already_blocks()
    {
        var judge = FakeDetector.Scoring("judge", 1_000_000, CategoryIds.Grooming, 0.05);
        var classifier = new FakeDetector("classifier", 1, CategoryIds.Grooming, CategoryIds.Sextortion)
        {
            Behaviour = (_, _) => Task.FromResult<IReadOnlyList<Finding>>(
            [
                new Finding(CategoryIds.Grooming, 0.6, new Evidence("rule-a")),
                new Finding(CategoryIds.Sextortion, 0.9, new Evidence("rule-b")),
            ]),
        };

        var verdict = await new Screener(Policy, [classifier], judge: judge).ScreenAsync(Prompt());

        Assert.Equal(0, judge.Calls);
        Assert.Equal(["judge"], verdict.DetectorsSkipped);
        Assert.Equal(PolicyAction.Block, verdict.Action);
    }

    [Fact]
    public async Task Only_the_uncertain_categories_take_the_judges_score()
    {
        var judge = new FakeDetector("judge", 1_000_000, CategoryIds.Grooming, CategoryIds.CsamSolicitation)
        {
            Behaviour = (_, _) => Task.FromResult<IReadOnlyList<Finding>>(
            [
                new Finding(CategoryIds.Grooming, 0.05, new Evidence("judge-rule")),
                new Finding(CategoryIds.CsamSolicitation, 0.95, new Evidence("judge-rule")),
            ]),
        };
        var classifier = FakeDetector.Scoring("classifier", 1, CategoryIds.Grooming, 0.6);

        var verdict = await new Screener(Policy, [classifier], judge: judge).ScreenAsync(Prompt());

        Assert.Equal(PolicyAction.Allow, verdict.Action);
        Assert.Equal([CategoryIds.Grooming], verdict.Categories.Select(outcome => outcome.Category));
    }

    [Fact]
    public void A_judge_sharing_a_detectors_name_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Screener(Policy, [new FakeDetector("same", 1)], judge: new FakeDetector("same", 2)));
    }
}
