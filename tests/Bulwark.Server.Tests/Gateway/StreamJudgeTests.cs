using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Server.Tests.Support;
using OpenAI.Chat;

namespace Bulwark.Server.Tests.Gateway;

/// <summary>A streamed answer is screened many times as it grows; the LLM judge is asked once per question, not per screen.</summary>
public sealed class StreamJudgeTests
{
    [Fact]
    public async Task An_uncertain_cue_early_in_a_long_stream_is_judged_once()
    {
        var judge = new CountingJudge();
        await using var harness = await GatewayHarness.StartAsync(judge: judge);
        harness.Upstream.Answer = "Don't tell your parents we talk. " + string.Concat(Enumerable.Repeat("Then the recipe goes on with flour, milk and eggs. ", 20));
        var text = new System.Text.StringBuilder();

        await foreach (var update in harness.OpenAiClient().CompleteChatStreamingAsync([new UserChatMessage("Tell me a story.")]))
        {
            text.Append(string.Concat(update.ContentUpdate.Select(part => part.Text)));
        }

        Assert.Equal(harness.Upstream.Answer, text.ToString());
        // The answer grows past 1,000 characters and is screened about every 64: many screens, one question.
        Assert.Equal(1, judge.Calls);
    }

    /// <summary>A judge that finds grooming safe and counts how often it is asked.</summary>
    private sealed class CountingJudge : IDetector
    {
        private int _calls;

        public int Calls => _calls;

        public string Name => "judge";

        public double Cost => 1_000_000;

        public IReadOnlyCollection<string> Categories { get; } = [CategoryIds.Grooming];

        public Task<IReadOnlyList<Finding>> DetectAsync(Content content, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Task.FromResult<IReadOnlyList<Finding>>([new Finding(CategoryIds.Grooming, 0.05, new Evidence("judge.safe"))]);
        }
    }
}
