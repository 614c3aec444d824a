using Bulwark.Server.Tests.Support;
using OpenAI.Chat;

namespace Bulwark.Server.Tests.Gateway;

/// <summary>
/// Metrics whose exact counts matter. OpenTelemetry listens to meters by name across the process, so gateways of
/// tests running in parallel would add to them: these run alone.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class ExactMetricsTests
{
    [Fact]
    public async Task A_streamed_answer_screened_many_times_as_it_grows_counts_one_verdict()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Upstream.Answer = string.Concat(Enumerable.Repeat("Mix the flour and the milk, then rest the batter. ", 40));

        await foreach (var update in harness.OpenAiClient().CompleteChatStreamingAsync([new UserChatMessage("How do I make pancakes?")]))
        {
            Assert.NotNull(update);
        }

        var samples = PrometheusText.Parse(await GatewayOperationsTests.ScrapeAsync(harness, requests: 1));

        Assert.Equal(1, samples.Sum("bulwark_gateway_verdicts_total", ("surface", "output")));
        GatewayOperationsTests.AssertAtLeast(5, samples, "bulwark_gateway_screening_duration_milliseconds_count", ("surface", "output"));
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Runs alone";
}
