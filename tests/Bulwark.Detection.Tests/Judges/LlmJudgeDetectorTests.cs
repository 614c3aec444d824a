using Bulwark.Detection.Judges;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Detection.Tests.Policy;
using static Bulwark.Detection.Tests.Judges.FakeChatServer;

namespace Bulwark.Detection.Tests.Judges;

public sealed class LlmJudgeDetectorTests : IAsyncLifetime
{
    private const string Neutral = "please summarise this article";

    private FakeChatServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeChatServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_violation_is_a_high_score_finding_in_each_category_with_the_answer_as_evidence()
    {
        _server.Script(Reply.Answer("unsafe\nS4"));

        var findings = await Detector().DetectAsync(Content.FromText(Neutral, Surface.Prompt), CancellationToken.None);

        Assert.Equal([CategoryIds.CsamSolicitation, CategoryIds.MinorSexualisation], findings.Select(finding => finding.Category));
        Assert.All(findings, finding =>
        {
            Assert.Equal(0.95, finding.Score);
            Assert.Equal("judge.llama_guard.S4", finding.Evidence.RuleId);
            Assert.Equal("unsafe", finding.Evidence.Detail);
        });
    }

    [Fact]
    public async Task A_safe_answer_is_a_low_score_finding_that_never_carries_the_text()
    {
        _server.Script(Reply.Answer("0"));
        var detector = Detector(new LlmJudgeOptions { Format = JudgeFormat.GptOssSafeguard }, new LlmJudgeDetectorOptions { Categories = [CategoryIds.CsamSolicitation] });

        var finding = Assert.Single(await detector.DetectAsync(Content.FromText(Neutral, Surface.Output), CancellationToken.None));

        Assert.Equal((CategoryIds.CsamSolicitation, 0.05, "judge.safeguard.0", "0"), (finding.Category, finding.Score, finding.Evidence.RuleId, finding.Evidence.Detail));
        Assert.DoesNotContain("summarise", finding.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Images_are_not_sent_to_the_judge()
    {
        var findings = await Detector().DetectAsync(Content.FromImage(new byte[] { 1, 2, 3 }, Surface.Upload), CancellationToken.None);

        Assert.Empty(findings);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task When_the_judge_is_unavailable_the_screener_fails_closed_for_its_categories()
    {
        _server.Script(Reply.Failure(503));
        var policy = await new PolicyLoader().LoadFileAsync(TestPolicies.ShippedPath);
        var screener = new Screener(policy, [Detector()]);

        var verdict = await screener.ScreenAsync(Content.FromText(Neutral, Surface.Prompt));

        var failure = Assert.Single(verdict.Failures);
        Assert.Equal(("llm-judge", DetectorFailureKind.Threw), (failure.Detector, failure.Kind));
        Assert.Contains(nameof(JudgeUnavailableException), failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Neutral, failure.Message, StringComparison.Ordinal);
        Assert.Equal([CategoryIds.CsamSolicitation, CategoryIds.MinorSexualisation], failure.FailedClosed);
        Assert.Equal(PolicyAction.Block, verdict.Action);
    }

    private LlmJudgeDetector Detector(LlmJudgeOptions? judge = null, LlmJudgeDetectorOptions? options = null) =>
        new(
            new LlmJudge(_server.CreateClient(), judge ?? new LlmJudgeOptions { AttemptTimeout = TimeSpan.FromSeconds(2), MaxRetries = 1, RetryDelay = TimeSpan.FromMilliseconds(10) }),
            options);
}
