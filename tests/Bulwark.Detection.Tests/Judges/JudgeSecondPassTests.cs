using Bulwark.Detection.Judges;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Detection.Tests.Screening;
using static Bulwark.Detection.Tests.Judges.FakeChatServer;

namespace Bulwark.Detection.Tests.Judges;

/// <summary>
/// The screener's second pass with the real judge stack: OpenAI's .NET client over HTTP to an in-process fake
/// OpenAI-compatible server answering in Llama Guard 3's format. A stand-in detector supplies the first-pass score, so
/// no fixture text has to be violating.
/// </summary>
public sealed class JudgeSecondPassTests : IAsyncLifetime
{
    private const string Neutral = "a neutral stand-in sentence";
    private FakeChatServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeChatServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Screener Screener(double firstPassScore)
    {
        var policy = new PolicyLoader().LoadDefault();
        var judge = new LlmJudgeDetector(new LlmJudge(_server.CreateClient(), new LlmJudgeOptions { MaxRetries = 0 }));
        return new Screener(policy, [FakeDetector.Scoring("classifier", 1, CategoryIds.CsamSolicitation, firstPassScore)], judge: judge);
    }

    [Fact]
    public async Task An_uncertain_score_is_settled_by_the_judge_over_http()
    {
        _server.Script(Reply.Answer("safe"));

        var verdict = await Screener(0.6).ScreenAsync(Content.FromText(Neutral, Surface.Prompt));

        Assert.Single(_server.Requests);
        Assert.Equal(PolicyAction.Allow, verdict.Action);
        var outcome = Assert.Single(verdict.Categories, category => category.Category == CategoryIds.CsamSolicitation);
        Assert.True(outcome.Judged);
        Assert.Equal(0.05, outcome.Score);
        Assert.Equal(["classifier", "llm-judge"], verdict.DetectorsRun);
    }

    [Fact]
    public async Task The_judge_confirming_a_violation_blocks()
    {
        _server.Script(Reply.Answer("unsafe\nS4"));

        var verdict = await Screener(0.6).ScreenAsync(Content.FromText(Neutral, Surface.Prompt));

        Assert.Equal(PolicyAction.Block, verdict.Action);
    }

    [Fact]
    public async Task A_certain_score_never_reaches_the_judge()
    {
        var low = await Screener(0.1).ScreenAsync(Content.FromText(Neutral, Surface.Prompt));
        var high = await Screener(0.95).ScreenAsync(Content.FromText(Neutral, Surface.Prompt));

        Assert.Empty(_server.Requests);
        Assert.Equal(PolicyAction.Allow, low.Action);
        Assert.Equal(PolicyAction.Block, high.Action);
    }

    [Fact]
    public async Task A_judge_that_fails_applies_the_uncertain_categorys_on_failure_action()
    {
        _server.Script(Reply.Failure(503));
        var screener = Screener(0.6);

        var verdict = await screener.ScreenAsync(Content.FromText(Neutral, Surface.Prompt));

        // The shipped policy blocks csam_solicitation when it cannot be judged (on_failure: block).
        Assert.Equal(screener.Policy.Categories[CategoryIds.CsamSolicitation].OnFailure, verdict.Action);
        Assert.Equal(PolicyAction.Block, verdict.Action);
        Assert.Equal("llm-judge", Assert.Single(verdict.Failures).Detector);
    }
}
