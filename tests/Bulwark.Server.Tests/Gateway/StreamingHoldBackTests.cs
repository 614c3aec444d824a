using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json.Nodes;
using Anthropic;
using Anthropic.Models.Messages;
using Bulwark.Server.Gateway;
using Bulwark.Server.Tests.Support;
using OpenAI.Chat;

namespace Bulwark.Server.Tests.Gateway;

/// <summary>
/// Streamed answers are screened as they arrive and released behind the hold-back window: a benign stream flows before
/// the model has finished and arrives byte for byte; a stream that turns violating is cut before any byte of the
/// violation, in the protocol's own way; streamed and non-streamed answers get the same decision.
/// </summary>
public sealed class StreamingHoldBackTests
{
    private const string OpenAiPath = "/v1/chat/completions";
    private const string AnthropicPath = "/v1/messages";

    public static TheoryData<string> Paths => [OpenAiPath, AnthropicPath];

    /// <summary>Protocols crossed with uneven delta lengths, so words and the marker fall across events differently.</summary>
    public static TheoryData<string, int[]> PathsAndChunkings => new()
    {
        { OpenAiPath, [4] },
        { OpenAiPath, [1, 7, 2, 13, 3] },
        { OpenAiPath, [19] },
        { AnthropicPath, [4] },
        { AnthropicPath, [5, 1, 11, 2] },
        { AnthropicPath, [37] },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Benign_stream_reaches_the_client_before_the_model_finishes_and_arrives_byte_for_byte(string path)
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Upstream.Answer = HoldBackChecks.LongAnswer;
        harness.Upstream.DeltaLengths = [1, 7, 2, 13, 3];
        harness.Upstream.PauseBeforeLastDelta = new TaskCompletionSource();
        using var client = harness.RawClient();
        using var response = await client.SendAsync(StreamRequest(path), HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();

        // Read until some of the answer's text has arrived, while the model is still holding its last delta.
        var received = new MemoryStream();
        var buffer = new byte[4096];
        while (Texts(path, received.ToArray()).Length == 0)
        {
            var read = await body.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(20));
            Assert.NotEqual(0, read);
            received.Write(buffer, 0, read);
        }

        var early = Texts(path, received.ToArray());
        Assert.False(harness.Upstream.SentLastDelta);
        harness.Upstream.PauseBeforeLastDelta.SetResult();
        await body.CopyToAsync(received);

        Assert.StartsWith(early, HoldBackChecks.LongAnswer, StringComparison.Ordinal);
        Assert.True(early.Length <= HoldBackChecks.LongAnswer.Length - GatewayOptions.DefaultHoldBackChars, $"{early.Length} characters arrived early");
        Assert.Equal(string.Concat(harness.Upstream.SentEvents.Select(sent => sent.Text)), Encoding.UTF8.GetString(received.ToArray()));
    }

    [Theory]
    [MemberData(nameof(PathsAndChunkings))]
    public async Task Stream_turning_violating_is_cut_before_any_byte_of_the_violation(string path, int[] chunking)
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Upstream.Answer = HoldBackChecks.TurnsViolating;
        harness.Upstream.DeltaLengths = chunking;

        var received = await ReceiveAsync(harness, path);

        AssertCutBeforeTheMarker(harness, path, received, GatewayOptions.DefaultHoldBackChars);
    }

    [Theory]
    [InlineData(OpenAiPath, 0)]
    [InlineData(OpenAiPath, 50)]
    [InlineData(AnthropicPath, 0)]
    [InlineData(AnthropicPath, 400)]
    public async Task Hold_back_window_is_configurable_and_always_keeps_the_violation_back(string path, int window)
    {
        await using var harness = await GatewayHarness.StartAsync(holdBackChars: window);
        harness.Upstream.Answer = HoldBackChecks.TurnsViolating;

        var received = await ReceiveAsync(harness, path);

        AssertCutBeforeTheMarker(harness, path, received, window);
    }

    [Fact]
    public async Task Cut_openai_stream_reads_in_the_sdk_as_the_text_so_far_then_the_prevention_message()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Upstream.Answer = HoldBackChecks.TurnsViolating;

        var (text, finish) = await OpenAiStreamAsync(harness);

        Assert.Equal(ChatFinishReason.ContentFilter, finish);
        var split = text.IndexOf("\n\nThis request was refused", StringComparison.Ordinal);
        Assert.True(split > 0, "the text released before the cut comes first");
        Assert.StartsWith(text[..split], HoldBackChecks.TurnsViolating, StringComparison.Ordinal);
        Assert.DoesNotContain("stand-in", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cut_anthropic_stream_reads_in_the_sdk_as_a_refusal_with_the_prevention_message_in_its_own_block()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Upstream.Answer = HoldBackChecks.TurnsViolating;

        var message = await harness.AnthropicClient().Messages.CreateStreaming(Ask()).Aggregate();

        Assert.Equal(StopReason.Refusal, message.StopReason!.Value());
        var blocks = message.Content.Select(block => block.TryPickText(out var text) ? text.Text : string.Empty).ToList();
        Assert.Equal(2, blocks.Count);
        Assert.StartsWith(blocks[0], HoldBackChecks.TurnsViolating, StringComparison.Ordinal);
        Assert.NotEmpty(blocks[0]);
        Assert.StartsWith("This request was refused", blocks[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Long_benign_stream_through_the_sdks_equals_the_non_streamed_answer()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Upstream.Answer = HoldBackChecks.LongAnswer;
        harness.Upstream.DeltaLengths = [3, 1, 8];

        var openAiWhole = await harness.OpenAiClient().CompleteChatAsync([new UserChatMessage("Tell me a story.")]);
        var (openAiStreamed, openAiFinish) = await OpenAiStreamAsync(harness);
        var anthropicWhole = await harness.AnthropicClient().Messages.Create(Ask());
        var anthropicStreamed = await harness.AnthropicClient().Messages.CreateStreaming(Ask()).Aggregate();

        Assert.Equal(HoldBackChecks.LongAnswer, openAiWhole.Value.Content[0].Text);
        Assert.Equal(openAiWhole.Value.Content[0].Text, openAiStreamed);
        Assert.Equal(ChatFinishReason.Stop, openAiFinish);
        Assert.Equal(Text(anthropicWhole), Text(anthropicStreamed));
        Assert.Equal(StopReason.EndTurn, anthropicStreamed.StopReason!.Value());
    }

    [Theory]
    [InlineData("short")]
    [InlineData("long")]
    [InlineData("violating early")]
    [InlineData("violating mid-way")]
    [InlineData("violating in the last window")]
    public async Task Same_content_gets_the_same_decision_streamed_or_not(string answer)
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Upstream.Answer = answer switch
        {
            "short" => "Pancakes need flour.",
            "long" => HoldBackChecks.LongAnswer,
            "violating early" => "Sure. " + StandInDetector.Marker + HoldBackChecks.LongAnswer,
            "violating mid-way" => HoldBackChecks.TurnsViolating,
            _ => HoldBackChecks.LongAnswer + StandInDetector.Marker + ".",
        };

        var openAiWhole = await harness.OpenAiClient().CompleteChatAsync([new UserChatMessage("Tell me a story.")]);
        var (_, openAiStreamed) = await OpenAiStreamAsync(harness);
        var anthropicWhole = await harness.AnthropicClient().Messages.Create(Ask());
        var anthropicStreamed = await harness.AnthropicClient().Messages.CreateStreaming(Ask()).Aggregate();

        Assert.Equal(openAiWhole.Value.FinishReason, openAiStreamed);
        Assert.Equal(anthropicWhole.StopReason!.Value(), anthropicStreamed.StopReason!.Value());
        var violating = answer.StartsWith("violating", StringComparison.Ordinal);
        Assert.Equal(violating ? ChatFinishReason.ContentFilter : ChatFinishReason.Stop, openAiStreamed);
        Assert.Equal(violating ? StopReason.Refusal : StopReason.EndTurn, anthropicStreamed.StopReason!.Value());
    }

    /// <summary>
    /// The client's bytes are a prefix of the model's events, byte for byte, then the gateway's cut: no event carrying
    /// a character of the marker was released, what was released ends at least the window before the marker's end,
    /// and the cut ends the stream the protocol's way.
    /// </summary>
    private static void AssertCutBeforeTheMarker(GatewayHarness harness, string path, string received, int window)
    {
        var cut = HoldBackChecks.AssertReleasedBeforeTheMarker(harness, received, window);
        if (path == OpenAiPath)
        {
            Assert.Contains("\"finish_reason\":\"content_filter\"", cut, StringComparison.Ordinal);
            Assert.EndsWith("data: [DONE]\n\n", cut, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("\"stop_reason\":\"refusal\"", cut, StringComparison.Ordinal);
            Assert.EndsWith("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n", cut, StringComparison.Ordinal);
        }
    }

    private static Task<string> ReceiveAsync(GatewayHarness harness, string path) => HoldBackChecks.ReceiveAsync(harness, StreamRequest(path));

    private static HttpRequestMessage StreamRequest(string path) => new(HttpMethod.Post, path)
    {
        Content = OpenAiChatRouteTests.JsonBody(new
        {
            model = "fake-model",
            max_tokens = 500,
            stream = true,
            messages = new[] { new { role = "user", content = "Tell me a story." } },
        }),
    };

    /// <summary>The answer text carried by the complete events in <paramref name="bytes"/>.</summary>
    private static string Texts(string path, byte[] bytes)
    {
        var text = new StringBuilder();
        foreach (var item in SseParser.Create(new MemoryStream(bytes)).Enumerate())
        {
            if (item.Data == "[DONE]" || JsonNode.Parse(item.Data) is not JsonObject data)
            {
                continue;
            }

            text.Append(path == OpenAiPath
                ? data["choices"]?.AsArray().Select(choice => choice?["delta"]?["content"]?.GetValue<string>()).FirstOrDefault()
                : data["delta"]?["text"]?.GetValue<string>());
        }

        return text.ToString();
    }

    private static async Task<(string Text, ChatFinishReason? Finish)> OpenAiStreamAsync(GatewayHarness harness)
    {
        var text = new StringBuilder();
        ChatFinishReason? finish = null;
        await foreach (var update in harness.OpenAiClient().CompleteChatStreamingAsync([new UserChatMessage("Tell me a story.")]))
        {
            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
            }

            finish ??= update.FinishReason;
        }

        return (text.ToString(), finish);
    }

    private static MessageCreateParams Ask() => new()
    {
        Model = "fake-model",
        MaxTokens = 500,
        Messages = [new UserMessageParam("Tell me a story.")],
    };

    private static string Text(Message message) =>
        string.Concat(message.Content.Select(block => block.TryPickText(out var text) ? text.Text : string.Empty));
}
