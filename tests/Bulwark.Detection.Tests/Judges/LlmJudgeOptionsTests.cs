using Bulwark.Detection.Judges;
using Microsoft.Extensions.AI;

namespace Bulwark.Detection.Tests.Judges;

public sealed class LlmJudgeOptionsTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        LlmJudgeOptions.Default.Validate();
        Assert.Equal((JudgeFormat.LlamaGuard3, "S4", SafeguardLabels.Binary), (LlmJudgeOptions.Default.Format, LlmJudgeOptions.Default.LlamaGuardCategory, LlmJudgeOptions.Default.Labels));
    }

    public static TheoryData<LlmJudgeOptions> Invalid => new()
    {
        new LlmJudgeOptions { AttemptTimeout = TimeSpan.Zero },
        new LlmJudgeOptions { MaxRetries = -1 },
        new LlmJudgeOptions { RetryDelay = TimeSpan.FromMilliseconds(-1) },
        new LlmJudgeOptions { CircuitFailureRatio = 0 },
        new LlmJudgeOptions { CircuitMinimumThroughput = 1 },
        new LlmJudgeOptions { CircuitBreakDuration = TimeSpan.FromMilliseconds(100) },
        new LlmJudgeOptions { SafeguardPolicy = " " },
        new LlmJudgeOptions { LlamaGuardCategory = "" },
        new LlmJudgeOptions { MaxOutputTokens = 0 },
        new LlmJudgeOptions { Format = (JudgeFormat)7 },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_settings_are_refused_when_the_judge_is_created(LlmJudgeOptions options)
    {
        Assert.ThrowsAny<ArgumentException>(() => new LlmJudge(new NoChatClient(), options));
    }

    [Fact]
    public void Detector_scores_must_be_ordered_and_in_range()
    {
        var judge = new LlmJudge(new NoChatClient());

        Assert.ThrowsAny<ArgumentException>(() => new LlmJudgeDetector(judge, new LlmJudgeDetectorOptions { SafeScore = 0.9, ViolationScore = 0.5 }));
        Assert.ThrowsAny<ArgumentException>(() => new LlmJudgeDetector(judge, new LlmJudgeDetectorOptions { Categories = [] }));
    }

    /// <summary>A client that is never called: validation happens before any request.</summary>
    private sealed class NoChatClient : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("Not called.");

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("Not called.");

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
