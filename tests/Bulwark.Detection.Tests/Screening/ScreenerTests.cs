using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Detection.Tests.Policy;

namespace Bulwark.Detection.Tests.Screening;

public sealed class ScreenerTests
{
    private static readonly ScreeningPolicy Policy = TestPolicies.Load(TestPolicies.Minimal);

    private static readonly ScreenerOptions ShortTimeouts = new() { DefaultDetectorTimeout = TimeSpan.FromMilliseconds(100) };

    private static Content Prompt(string text = "a neutral stand-in sentence") => Content.FromText(text, Surface.Prompt);

    [Fact]
    public async Task Detectors_run_cheapest_first()
    {
        var dear = new FakeDetector("dear", 30, CategoryIds.Grooming);
        var cheap = new FakeDetector("cheap", 10, CategoryIds.Grooming);
        var middle = new FakeDetector("middle", 20, CategoryIds.Grooming);

        var verdict = await new Screener(Policy, [dear, cheap, middle]).ScreenAsync(Prompt());

        Assert.Equal(["cheap", "middle", "dear"], verdict.DetectorsRun);
        Assert.Equal(PolicyAction.Allow, verdict.Action);
        Assert.Empty(verdict.Categories);
        Assert.Null(verdict.PrimaryCategory);
    }

    [Fact]
    public async Task A_decisive_block_skips_the_remaining_detectors()
    {
        var cheap = FakeDetector.Scoring("cheap", 1, CategoryIds.Grooming, 0.95);
        var slow = FakeDetector.Slow("slow", 100, CategoryIds.Grooming, CategoryIds.CsamSolicitation);

        var verdict = await new Screener(Policy, [slow, cheap], ShortTimeouts).ScreenAsync(Prompt());

        Assert.Equal(PolicyAction.Block, verdict.Action);
        Assert.Equal(CategoryIds.Grooming, verdict.PrimaryCategory);
        Assert.Equal(["cheap"], verdict.DetectorsRun);
        Assert.Equal(["slow"], verdict.DetectorsSkipped);
        Assert.Equal(0, slow.Calls);
        Assert.False(verdict.AnyDetectorFailed);
    }

    [Fact]
    public async Task A_detector_that_could_still_make_the_action_more_severe_is_not_skipped()
    {
        // On uploads the test policy reports csam_solicitation, which is more severe than grooming's block.
        var cheap = FakeDetector.Scoring("cheap", 1, CategoryIds.Grooming, 0.95);
        var later = FakeDetector.Scoring("later", 2, CategoryIds.CsamSolicitation, 0.9);

        var verdict = await new Screener(Policy, [cheap, later]).ScreenAsync(Content.FromText("stand-in", Surface.Upload));

        Assert.Equal(PolicyAction.Report, verdict.Action);
        Assert.Equal(["cheap", "later"], verdict.DetectorsRun);
        Assert.Equal([CategoryIds.CsamSolicitation, CategoryIds.Grooming], verdict.Categories.Select(category => category.Category));
    }

    [Fact]
    public async Task Short_of_a_block_every_detector_runs()
    {
        var holding = FakeDetector.Scoring("holding", 1, CategoryIds.Grooming, 0.6);
        var context = FakeDetector.Scoring("context", 2, CategoryIds.HasMinor, 0.9);

        var verdict = await new Screener(Policy, [holding, context]).ScreenAsync(Prompt());

        Assert.Equal(PolicyAction.HoldForReview, verdict.Action);
        Assert.Equal(["holding", "context"], verdict.DetectorsRun);
        Assert.Contains(verdict.Categories, outcome => outcome.Category == CategoryIds.HasMinor);
    }

    [Fact]
    public void A_null_detector_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Screener(Policy, [new FakeDetector("fine", 1), null!]));
    }

    [Fact]
    public async Task Stopping_early_can_be_turned_off()
    {
        var cheap = FakeDetector.Scoring("cheap", 1, CategoryIds.Grooming, 0.95);
        var other = new FakeDetector("other", 2, CategoryIds.Grooming);

        var verdict = await new Screener(Policy, [cheap, other], new ScreenerOptions { StopWhenDecisive = false }).ScreenAsync(Prompt());

        Assert.Equal(["cheap", "other"], verdict.DetectorsRun);
        Assert.Equal(1, other.Calls);
    }

    [Fact]
    public async Task A_timeout_fails_closed_for_the_detectors_categories()
    {
        var slow = FakeDetector.Slow("slow", 1, CategoryIds.Grooming);

        var verdict = await new Screener(Policy, [slow], ShortTimeouts).ScreenAsync(Prompt());

        Assert.Equal(PolicyAction.HoldForReview, verdict.Action);
        var failure = Assert.Single(verdict.Failures);
        Assert.Equal(("slow", DetectorFailureKind.TimedOut), (failure.Detector, failure.Kind));
        Assert.Equal([CategoryIds.Grooming], failure.FailedClosed);
        Assert.Empty(failure.FailedOpen);
        var outcome = Assert.Single(verdict.Categories);
        Assert.True(outcome.FailedClosed);
        Assert.Equal((0.0, ScoreBand.None, PolicyAction.HoldForReview), (outcome.Score, outcome.Band, outcome.Action));
        Assert.True(verdict.AnyDetectorFailed);
    }

    [Fact]
    public async Task A_detector_that_ignores_cancellation_is_abandoned_at_its_timeout()
    {
        using var release = new ManualResetEventSlim();
        var stuck = new FakeDetector("stuck", 1, CategoryIds.Grooming)
        {
            Behaviour = (_, _) =>
            {
                release.Wait(TimeSpan.FromSeconds(10), CancellationToken.None);
                return Task.FromResult<IReadOnlyList<Finding>>([]);
            },
        };
        var options = new ScreenerOptions { DetectorTimeouts = new Dictionary<string, TimeSpan> { ["stuck"] = TimeSpan.FromMilliseconds(50) } };

        var verdict = await new Screener(Policy, [stuck], options).ScreenAsync(Prompt());
        release.Set();

        Assert.Equal(PolicyAction.HoldForReview, verdict.Action);
        Assert.Equal(DetectorFailureKind.TimedOut, Assert.Single(verdict.Failures).Kind);
        Assert.True(verdict.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task An_exception_fails_closed_and_later_detectors_still_run()
    {
        var throwing = FakeDetector.Throwing("throwing", 1, CategoryIds.Grooming);
        var next = new FakeDetector("next", 2, CategoryIds.Sextortion);

        var verdict = await new Screener(Policy, [throwing, next]).ScreenAsync(Prompt());

        Assert.Equal(PolicyAction.HoldForReview, verdict.Action);
        var failure = Assert.Single(verdict.Failures);
        Assert.Equal(DetectorFailureKind.Threw, failure.Kind);
        Assert.Contains("InvalidOperationException: stand-in failure", failure.Message, StringComparison.Ordinal);
        Assert.Equal(["throwing", "next"], verdict.DetectorsRun);
    }

    [Fact]
    public async Task A_category_can_fail_closed_to_block()
    {
        var policy = TestPolicies.Load(TestPolicies.Replace(TestPolicies.Minimal, "    ladder: standard\n", "    ladder: standard\n    on_failure: block\n"));

        var verdict = await new Screener(policy, [FakeDetector.Throwing("throwing", 1, CategoryIds.Grooming)]).ScreenAsync(Prompt());

        Assert.Equal(PolicyAction.Block, verdict.Action);
    }

    [Fact]
    public async Task A_fail_open_category_lets_content_through_and_records_the_failure()
    {
        var throwing = FakeDetector.Throwing("context", 1, CategoryIds.HasMinor, CategoryIds.Grooming);
        var policy = TestPolicies.Load(TestPolicies.Replace(TestPolicies.Minimal, "    ladder: standard\n", "    ladder: standard\n    fail_open: true\n"));

        var verdict = await new Screener(policy, [throwing]).ScreenAsync(Prompt());

        Assert.Equal(PolicyAction.Allow, verdict.Action);
        Assert.True(verdict.AnyDetectorFailed);
        var failure = Assert.Single(verdict.Failures);
        Assert.Empty(failure.FailedClosed);
        Assert.Equal([CategoryIds.HasMinor, CategoryIds.Grooming], failure.FailedOpen);
        Assert.All(verdict.Categories, outcome => Assert.True(outcome.FailedOpen));
    }

    [Fact]
    public async Task Fail_open_is_per_category()
    {
        var throwing = FakeDetector.Throwing("mixed", 1, CategoryIds.HasMinor, CategoryIds.Grooming);

        var verdict = await new Screener(Policy, [throwing]).ScreenAsync(Prompt());

        var failure = Assert.Single(verdict.Failures);
        Assert.Equal([CategoryIds.Grooming], failure.FailedClosed);
        Assert.Equal([CategoryIds.HasMinor], failure.FailedOpen);
        Assert.Equal(PolicyAction.HoldForReview, verdict.Action);
    }

    [Fact]
    public async Task A_null_result_is_a_failure()
    {
        var broken = new FakeDetector("broken", 1, CategoryIds.Grooming) { Behaviour = (_, _) => Task.FromResult<IReadOnlyList<Finding>>(null!) };

        var verdict = await new Screener(Policy, [broken]).ScreenAsync(Prompt());

        Assert.Equal((DetectorFailureKind.Threw, PolicyAction.HoldForReview), (Assert.Single(verdict.Failures).Kind, verdict.Action));
    }

    [Fact]
    public async Task The_callers_cancellation_ends_screening_without_a_verdict()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var slow = FakeDetector.Slow("slow", 1, CategoryIds.Grooming);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new Screener(Policy, [slow]).ScreenAsync(Prompt(), cancel.Token));
    }

    [Fact]
    public async Task The_verdict_is_stamped_with_the_policy_and_the_elapsed_time()
    {
        var verdict = await new Screener(Policy, [FakeDetector.Scoring("cheap", 1, CategoryIds.Grooming, 0.6)]).ScreenAsync(Prompt());

        Assert.Equal((Policy.Id, Policy.Version, Policy.ContentHash), (verdict.PolicyId, verdict.PolicyVersion, verdict.PolicyHash));
        Assert.Equal(64, verdict.PolicyHash.Length);
        Assert.True(verdict.Elapsed > TimeSpan.Zero);
        Assert.Equal(Surface.Prompt, verdict.Surface);
    }

    [Fact]
    public async Task A_score_in_the_review_band_holds_and_is_flagged_uncertain()
    {
        var verdict = await new Screener(Policy, [FakeDetector.Scoring("cheap", 1, CategoryIds.Grooming, 0.6)]).ScreenAsync(Prompt());

        Assert.Equal(PolicyAction.HoldForReview, verdict.Action);
        Assert.Equal(new CategoryOutcome(CategoryIds.Grooming, 0.6, ScoreBand.Review, PolicyAction.HoldForReview, Uncertain: true, FailedClosed: false, FailedOpen: false), Assert.Single(verdict.Categories));
        Assert.Equal([CategoryIds.Grooming], verdict.UncertainCategories);
    }

    [Fact]
    public async Task A_support_context_offers_support_but_a_violation_outranks_it()
    {
        var support = FakeDetector.Scoring("support", 1, CategoryIds.SupportContext, 0.9);
        var alone = await new Screener(Policy, [support]).ScreenAsync(Prompt());
        var withViolation = await new Screener(Policy, [support, FakeDetector.Scoring("violation", 2, CategoryIds.Grooming, 0.9)]).ScreenAsync(Prompt());

        Assert.Equal((PolicyAction.Support, CategoryIds.SupportContext), (alone.Action, alone.PrimaryCategory));
        Assert.Equal((PolicyAction.Block, CategoryIds.Grooming), (withViolation.Action, withViolation.PrimaryCategory));
    }

    [Fact]
    public async Task Findings_keep_the_highest_score_per_category_and_name_their_detector()
    {
        var twice = new FakeDetector("twice", 1, CategoryIds.Grooming)
        {
            Behaviour = (_, _) => Task.FromResult<IReadOnlyList<Finding>>(
            [
                new Finding(CategoryIds.Grooming, 0.3, new Evidence("rule-a")),
                new Finding(CategoryIds.Grooming, 0.55, new Evidence("rule-b")),
            ]),
        };

        var verdict = await new Screener(Policy, [twice]).ScreenAsync(Prompt());

        Assert.Equal(0.55, Assert.Single(verdict.Categories).Score);
        Assert.All(verdict.Findings, finding => Assert.Equal("twice", finding.Detector));
    }

    [Fact]
    public void A_detector_covering_an_unknown_category_is_refused()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Screener(Policy, [new FakeDetector("odd", 1, "not_a_category")]));

        Assert.Contains("'not_a_category'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_detectors_with_one_name_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new Screener(Policy, [new FakeDetector("same", 1), new FakeDetector("same", 2)]));
    }

    [Fact]
    public void A_finding_score_outside_zero_to_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Finding(CategoryIds.Grooming, 1.5, new Evidence("r")));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Finding(CategoryIds.Grooming, double.NaN, new Evidence("r")));
    }

    [Fact]
    public async Task An_inline_detector_runs_on_the_callers_thread()
    {
        var inline = new FakeInlineDetector("inline", CategoryIds.Grooming, 0.9, TimeSpan.Zero);
        var caller = Environment.CurrentManagedThreadId;

        var verdict = await new Screener(Policy, [inline]).ScreenAsync(Prompt());

        Assert.Equal(caller, inline.ThreadId);
        Assert.Equal(PolicyAction.Block, verdict.Action);
    }

    [Fact]
    public async Task An_inline_detector_that_overruns_its_timeout_has_its_result_discarded_and_fails_closed()
    {
        var inline = new FakeInlineDetector("inline", CategoryIds.Grooming, 0.1, TimeSpan.FromMilliseconds(150));
        var options = new ScreenerOptions { DefaultDetectorTimeout = TimeSpan.FromMilliseconds(20) };

        var verdict = await new Screener(Policy, [inline], options).ScreenAsync(Prompt());

        Assert.Equal(DetectorFailureKind.TimedOut, Assert.Single(verdict.Failures).Kind);
        Assert.Empty(verdict.Findings);
        Assert.Equal(PolicyAction.HoldForReview, verdict.Action);
    }
}
