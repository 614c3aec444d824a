using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json.Nodes;
using Bulwark.Server.Gateway;
using Bulwark.Server.Tests.Support;
using OpenAI.Responses;

// The SDK marks its Responses client experimental (OPENAI001); the gateway is tested against it as it ships.
#pragma warning disable OPENAI001

namespace Bulwark.Server.Tests.Gateway;

/// <summary>
/// The hold-back window on the Completions and Responses routes, as <see cref="StreamingHoldBackTests"/> checks it on
/// the chat and Messages routes: a benign stream flows before the model has finished and arrives byte for byte; one
/// that turns violating is cut before any byte of the violation, in the protocol's own way; streamed and non-streamed
/// answers get the same decision.
/// </summary>
public sealed class OpenAiStreamingRoutesHoldBackTests
{
    private const string CompletionsPath = GatewayApplication.OpenAiCompletionsPath;
    private const string ResponsesPath = GatewayApplication.OpenAiResponsesPath;

    public static TheoryData<string> Paths => [CompletionsPath, ResponsesPath];

    /// <summary>Routes crossed with uneven delta lengths, so words and the marker fall across events differently.</summary>
    public static TheoryData<string, int[]> PathsAndChunkings => new()
    {
        { CompletionsPath, [4] },
        { CompletionsPath, [1, 7, 2, 13, 3] },
        { CompletionsPath, [37] },
        { ResponsesPath, [4] },
        { ResponsesPath, [5, 1, 11, 2] },
        { ResponsesPath, [19] },
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
        while (Texts(received.ToArray()).Length == 0)
        {
            var read = await body.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(20));
            Assert.NotEqual(0, read);
            received.Write(buffer, 0, read);
        }

        var early = Texts(received.ToArray());
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
    [InlineData(CompletionsPath, 0)]
    [InlineData(CompletionsPath, 50)]
    [InlineData(ResponsesPath, 0)]
    [InlineData(ResponsesPath, 400)]
    public async Task Hold_back_window_always_keeps_the_violation_back(string path, int window)
    {
        await using var harness = await GatewayHarness.StartAsync(holdBackChars: window);
        harness.Upstream.Answer = HoldBackChecks.TurnsViolating;

        var received = await ReceiveAsync(harness, path);

        AssertCutBeforeTheMarker(harness, path, received, window);
    }

    [Fact]
    public async Task Cut_responses_stream_reads_in_the_sdk_as_the_text_so_far_then_the_prevention_message()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Upstream.Answer = HoldBackChecks.TurnsViolating;

        var (text, last) = await OpenAiResponsesRouteTests.StreamAsync(harness, "Tell me a story.");

        var split = text.IndexOf("\n\nThis request was refused", StringComparison.Ordinal);
        Assert.True(split > 0, "the text released before the cut comes first");
        Assert.StartsWith(text[..split], HoldBackChecks.TurnsViolating, StringComparison.Ordinal);
        Assert.DoesNotContain("stand-in", text, StringComparison.Ordinal);
        var incomplete = Assert.IsType<StreamingResponseIncompleteUpdate>(last);
        Assert.Equal(ResponseIncompleteStatusReason.ContentFilter, incomplete.Response.IncompleteStatusDetails.Reason);
        Assert.Equal("resp_fake", incomplete.Response.Id);

        // The released message is closed as incomplete, and the prevention message is an item of its own.
        Assert.Equal(2, incomplete.Response.OutputItems.Count);
        var cut = Assert.IsAssignableFrom<MessageResponseItem>(incomplete.Response.OutputItems[0]);
        Assert.Equal(MessageStatus.Incomplete, cut.Status);
        Assert.Equal(text[..split], cut.Content[0].Text);
        Assert.StartsWith("\n\nThis request was refused", Assert.IsAssignableFrom<MessageResponseItem>(incomplete.Response.OutputItems[1]).Content[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cut_completions_stream_reads_as_the_text_so_far_then_the_prevention_message()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Upstream.Answer = HoldBackChecks.TurnsViolating;

        var (text, finish) = OpenAiCompletionsRouteTests.StreamedText(await ReceiveAsync(harness, CompletionsPath));

        Assert.Equal("content_filter", finish);
        var split = text.IndexOf("\n\nThis request was refused", StringComparison.Ordinal);
        Assert.True(split > 0, "the text released before the cut comes first");
        Assert.StartsWith(text[..split], HoldBackChecks.TurnsViolating, StringComparison.Ordinal);
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
        harness.Upstream.DeltaLengths = [3, 1, 8];

        var responsesWhole = await harness.OpenAiResponsesClient().CreateResponseAsync("fake-model", "Tell me a story.");
        var (responsesText, responsesLast) = await OpenAiResponsesRouteTests.StreamAsync(harness, "Tell me a story.");
        using var client = harness.RawClient();
        using var completionsWhole = await client.PostAsync(CompletionsPath, OpenAiChatRouteTests.JsonBody(new { model = "fake-model", prompt = "Tell me a story." }));
        var (completionsWholeText, completionsWholeFinish) = OpenAiCompletionsRouteTests.WholeText(await completionsWhole.Content.ReadAsStringAsync());
        var (completionsStreamedText, completionsStreamedFinish) = OpenAiCompletionsRouteTests.StreamedText(await ReceiveAsync(harness, CompletionsPath));

        var violating = answer.StartsWith("violating", StringComparison.Ordinal);
        Assert.Equal(violating ? ResponseStatus.Incomplete : ResponseStatus.Completed, responsesWhole.Value.Status);
        Assert.Equal(violating ? typeof(StreamingResponseIncompleteUpdate) : typeof(StreamingResponseCompletedUpdate), responsesLast!.GetType());
        Assert.Equal(violating ? "content_filter" : "stop", completionsWholeFinish);
        Assert.Equal(violating ? "content_filter" : "stop", completionsStreamedFinish);
        if (!violating)
        {
            Assert.Equal(harness.Upstream.Answer, responsesWhole.Value.GetOutputText());
            Assert.Equal(harness.Upstream.Answer, responsesText);
            Assert.Equal(harness.Upstream.Answer, completionsWholeText);
            Assert.Equal(harness.Upstream.Answer, completionsStreamedText);
        }
    }

    /// <summary>
    /// The client's bytes are a prefix of the model's events, byte for byte, then the gateway's cut: no event carrying
    /// a character of the marker was released, what was released ends at least the window before the marker's end,
    /// and the cut ends the stream the protocol's way.
    /// </summary>
    private static void AssertCutBeforeTheMarker(GatewayHarness harness, string path, string received, int window)
    {
        var cut = HoldBackChecks.AssertReleasedBeforeTheMarker(harness, received, window);
        if (path == CompletionsPath)
        {
            Assert.Contains("\"finish_reason\":\"content_filter\"", cut, StringComparison.Ordinal);
            Assert.EndsWith("data: [DONE]\n\n", cut, StringComparison.Ordinal);
        }
        else
        {
            // Typed events, numbered on from the last one released, ending incomplete.
            var events = SseParser.Create(new MemoryStream(Encoding.UTF8.GetBytes(received))).Enumerate().ToList();
            Assert.All(events, item => Assert.Equal(item.EventType, JsonNode.Parse(item.Data)!["type"]!.GetValue<string>()));
            Assert.Equal(Enumerable.Range(0, events.Count), events.Select(item => JsonNode.Parse(item.Data)!["sequence_number"]!.GetValue<int>()));
            Assert.Equal("response.incomplete", events[^1].EventType);
            Assert.Equal("content_filter", JsonNode.Parse(events[^1].Data)!["response"]!["incomplete_details"]!["reason"]!.GetValue<string>());
        }
    }

    private static Task<string> ReceiveAsync(GatewayHarness harness, string path) => HoldBackChecks.ReceiveAsync(harness, StreamRequest(path));

    private static HttpRequestMessage StreamRequest(string path) => new(HttpMethod.Post, path)
    {
        Content = path == CompletionsPath
            ? OpenAiChatRouteTests.JsonBody(new { model = "fake-model", max_tokens = 500, stream = true, prompt = "Tell me a story." })
            : OpenAiChatRouteTests.JsonBody(new { model = "fake-model", stream = true, input = "Tell me a story." }),
    };

    /// <summary>The answer text carried by the complete events in <paramref name="bytes"/>, on either route.</summary>
    private static string Texts(byte[] bytes)
    {
        var text = new StringBuilder();
        foreach (var item in SseParser.Create(new MemoryStream(bytes)).Enumerate())
        {
            if (item.Data == "[DONE]" || JsonNode.Parse(item.Data) is not JsonObject data)
            {
                continue;
            }

            text.Append(data["type"]?.GetValue<string>() == "response.output_text.delta"
                ? data["delta"]!.GetValue<string>()
                : data["choices"]?.AsArray().Select(choice => choice?["text"]?.GetValue<string>()).FirstOrDefault());
        }

        return text.ToString();
    }
}
