using Bulwark.Detection.Policy;

namespace Bulwark.Detection.Tests.Policy;

public sealed class PolicyCategoryTests
{
    private static readonly ScreeningPolicy Policy = TestPolicies.Load(TestPolicies.Minimal);

    private static PolicyCategory Grooming => Policy.Category(CategoryIds.Grooming);

    [Theory]
    [InlineData(0.0, ScoreBand.None)]
    [InlineData(0.4999, ScoreBand.None)]
    [InlineData(0.5, ScoreBand.Review)]
    [InlineData(0.8499, ScoreBand.Review)]
    [InlineData(0.85, ScoreBand.Block)]
    [InlineData(1.0, ScoreBand.Block)]
    public void A_score_on_a_threshold_belongs_to_the_higher_band(double score, ScoreBand band)
    {
        Assert.Equal(band, Grooming.Thresholds.Band(score));
    }

    [Theory]
    [InlineData(Surface.Prompt, 0.9, PolicyAction.Block)]
    [InlineData(Surface.Prompt, 0.6, PolicyAction.HoldForReview)]
    [InlineData(Surface.Prompt, 0.1, PolicyAction.Allow)]
    [InlineData(Surface.Report, 0.9, PolicyAction.HoldForReview)]
    public void The_action_depends_on_the_surface_and_the_band(Surface surface, double score, PolicyAction action)
    {
        Assert.Equal(action, Grooming.ActionFor(surface, score));
    }

    [Theory]
    [InlineData(0.39, false)]
    [InlineData(0.4, true)]
    [InlineData(0.84, true)]
    [InlineData(0.85, false)]
    public void The_uncertain_band_is_half_open(double score, bool uncertain)
    {
        Assert.Equal(uncertain, Grooming.IsUncertain(score));
    }

    [Fact]
    public void An_uncertain_band_ending_at_one_includes_one()
    {
        Assert.True(new ScoreRange(0.5, 1.0).Contains(1.0));
    }

    [Fact]
    public void The_most_severe_action_of_a_surface_bounds_what_any_category_can_do_there()
    {
        Assert.Equal(PolicyAction.Block, Policy.MostSevereAction(Surface.Prompt));
        Assert.Equal(PolicyAction.Report, Policy.MostSevereAction(Surface.Upload));
    }

    [Fact]
    public void A_ladder_climbs_one_step_per_confirmed_violation_and_stays_on_its_last_step()
    {
        var ladder = Policy.Ladders["standard"];

        Assert.Equal(
            [EnforcementStepKind.Warning, EnforcementStepKind.Suspension, EnforcementStepKind.Ban, EnforcementStepKind.Ban],
            Enumerable.Range(1, 4).Select(count => ladder.StepFor(count).Kind));
        Assert.Throws<ArgumentOutOfRangeException>(() => ladder.StepFor(0));
    }

    [Fact]
    public void Asking_for_an_undefined_category_names_it()
    {
        var exception = Assert.Throws<KeyNotFoundException>(() => Policy.Category("nothing"));

        Assert.Contains("'nothing'", exception.Message, StringComparison.Ordinal);
    }
}
