using System.Net;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json.Nodes;
using Bulwark.Server.Gateway;
using Bulwark.Server.Tests.Support;

namespace Bulwark.Server.Tests.Gateway;

/// <summary>
/// The legacy Completions route end to end: client → gateway → fake model server, all on loopback. The official OpenAI
/// .NET SDK 2.15.0 has no public client for this API (its LegacyCompletionClient is internal), so the client is a
/// plain HttpClient reading the API's JSON and event stream as the SDKs of other languages do.
/// </summary>
public sealed class OpenAiCompletionsRouteTests : IAsyncLifetime
{
    private const string Path = GatewayApplication.OpenAiCompletionsPath;

    /// <summary>"Hello world" as token ids: a prompt the gateway cannot read.</summary>
    private static readonly int[] TokenIds = [9906, 1917];

    private GatewayHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await GatewayHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Benign_completion_passes_through_unchanged()
    {
        using var response = await PostAsync(new { model = "fake-model", prompt = "Pancakes need", suffix = "Enjoy.", user = "u-1" });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(_harness.Upstream.Answer, body["choices"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("stop", body["choices"]![0]!["finish_reason"]!.GetValue<string>());
        Assert.Equal("cmpl-fake", body["id"]!.GetValue<string>());
        Assert.Equal("allow; surface=prompt", Decision(response));
        var received = Assert.Single(_harness.Upstream.Requests);
        Assert.Equal(Path, received.Path);
        Assert.Equal("Bearer test-key", received.Headers["Authorization"]);
        Assert.Equal("Enjoy.", received.Body["suffix"]!.GetValue<string>());
    }

    [Fact]
    public async Task Benign_streamed_completion_arrives_byte_for_byte()
    {
        using var response = await PostAsync(new { model = "fake-model", prompt = "Pancakes need", stream = true });
        var bytes = await response.Content.ReadAsStringAsync();

        Assert.Equal(string.Concat(_harness.Upstream.SentEvents.Select(sent => sent.Text)), bytes);
        Assert.Equal(_harness.Upstream.Answer, StreamedText(bytes).Text);
        Assert.Equal("stop", StreamedText(bytes).Finish);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Soliciting_prompt_is_blocked_with_the_prevention_message_and_never_reaches_the_model(bool stream)
    {
        using var response = await PostAsync(new { model = "fake-model", prompt = OpenAiChatRouteTests.Soliciting, stream });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Empty(_harness.Upstream.Requests);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("block; category=csam_solicitation; surface=prompt", Decision(response));
        var (text, finish) = stream ? StreamedText(body) : WholeText(body);
        Assert.Equal("content_filter", finish);
        Assert.StartsWith("This request was refused", text, StringComparison.Ordinal);
        Assert.Contains("Stop It Now", text, StringComparison.Ordinal);
        if (stream)
        {
            Assert.EndsWith("data: [DONE]\n\n", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Soliciting_suffix_or_batch_prompt_is_blocked_too()
    {
        using var suffix = await PostAsync(new { model = "fake-model", prompt = "Here is a story.", suffix = OpenAiChatRouteTests.Soliciting });
        using var batch = await PostAsync(new { model = "fake-model", prompt = new[] { "How do I make pancakes?", OpenAiChatRouteTests.Soliciting } });

        Assert.Equal("content_filter", WholeText(await suffix.Content.ReadAsStringAsync()).Finish);
        Assert.Equal("content_filter", WholeText(await batch.Content.ReadAsStringAsync()).Finish);
        Assert.Empty(_harness.Upstream.Requests);
    }

    [Fact]
    public async Task Prompt_of_token_ids_is_refused_with_400_and_never_reaches_the_model()
    {
        using var response = await PostAsync(new { model = "fake-model", prompt = TokenIds });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request_error", body["error"]!["type"]!.GetValue<string>());
        Assert.Equal(OpenAiCompletionsAdapter.TokenPromptRefused, body["error"]!["message"]!.GetValue<string>());
        Assert.Empty(_harness.Upstream.Requests);
    }

    [Fact]
    public async Task Violating_answer_is_replaced_with_the_prevention_message()
    {
        _harness.Upstream.Answer = "Sure. " + StandInDetector.Marker;

        using var response = await PostAsync(new { model = "fake-model", prompt = "Tell me a story." });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Single(_harness.Upstream.Requests);
        Assert.DoesNotContain("stand-in", body, StringComparison.Ordinal);
        var (text, finish) = WholeText(body);
        Assert.Equal("content_filter", finish);
        Assert.StartsWith("This request was refused", text, StringComparison.Ordinal);
        Assert.StartsWith("report; category=csam_solicitation; surface=output", Decision(response), StringComparison.Ordinal);
        Assert.Equal("cmpl-fake", JsonNode.Parse(body)!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Violating_streamed_answer_delivers_no_byte_of_it_and_ends_with_content_filter()
    {
        _harness.Upstream.Answer = "Once upon a time " + StandInDetector.Marker + " the end.";

        using var response = await PostAsync(new { model = "fake-model", prompt = "Tell me a story.", stream = true });
        var bytes = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("Once", bytes, StringComparison.Ordinal);
        Assert.DoesNotContain("stand-in", bytes, StringComparison.Ordinal);
        var (text, finish) = StreamedText(bytes);
        Assert.Equal("content_filter", finish);
        Assert.StartsWith("This request was refused", text, StringComparison.Ordinal);
        Assert.EndsWith("data: [DONE]\n\n", bytes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Victim_asking_for_help_is_answered_with_support_resources_added()
    {
        using var response = await PostAsync(new { model = "fake-model", prompt = "Someone says they'll post my photos unless I pay, I'm 15, what do I do?" });
        var (text, finish) = WholeText(await response.Content.ReadAsStringAsync());

        Assert.Single(_harness.Upstream.Requests);
        Assert.Equal("stop", finish);
        Assert.StartsWith(_harness.Upstream.Answer + "\n\n", text, StringComparison.Ordinal);
        Assert.Contains("Take It Down", text, StringComparison.Ordinal);
        Assert.Equal("support; category=support_context; surface=prompt", Decision(response));
    }

    [Fact]
    public async Task Victim_asking_for_help_gets_support_resources_at_the_end_of_a_stream_too()
    {
        using var response = await PostAsync(new { model = "fake-model", prompt = "Someone says they'll post my photos unless I pay, I'm 15, what do I do?", stream = true });
        var bytes = await response.Content.ReadAsStringAsync();
        var (text, finish) = StreamedText(bytes);

        Assert.Single(_harness.Upstream.Requests);
        Assert.Equal("stop", finish);
        Assert.StartsWith(_harness.Upstream.Answer + "\n\n", text, StringComparison.Ordinal);
        Assert.Contains("Take It Down", text, StringComparison.Ordinal);
        Assert.EndsWith("data: [DONE]\n\n", bytes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_gets_400_in_openai_error_shape()
    {
        using var client = _harness.RawClient();

        using var response = await client.PostAsync(Path, new StringContent("{\"prompt\": [", Encoding.UTF8, "application/json"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request_error", body["error"]!["type"]!.GetValue<string>());
        Assert.Equal("The request body is not valid JSON.", body["error"]!["message"]!.GetValue<string>());
        Assert.Empty(_harness.Upstream.Requests);
    }

    [Fact]
    public async Task Oversized_body_gets_413_in_openai_error_shape()
    {
        await using var harness = await GatewayHarness.StartAsync(maxRequestBodyBytes: 4096);
        using var client = harness.RawClient();

        using var response = await client.PostAsync(Path, OpenAiChatRouteTests.JsonBody(new { model = "m", prompt = new string('a', 5000) }));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("request_too_large", body["error"]!["code"]!.GetValue<string>());
        Assert.Empty(harness.Upstream.Requests);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    public async Task Other_methods_get_405_and_are_not_forwarded(string method)
    {
        await using var harness = await GatewayHarness.StartAsync(allowPassthrough: true);
        using var client = harness.RawClient();

        foreach (var path in (string[])[Path, GatewayApplication.OpenAiResponsesPath])
        {
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = OpenAiChatRouteTests.JsonBody(new { prompt = "hi", input = "hi" }) });

            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
            Assert.Equal("method_not_allowed", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<string>());
        }

        Assert.Empty(harness.Upstream.Requests);
    }

    private async Task<HttpResponseMessage> PostAsync(object body)
    {
        using var client = _harness.RawClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = OpenAiChatRouteTests.JsonBody(body) };
        request.Headers.Authorization = new("Bearer", "test-key");
        return await client.SendAsync(request);
    }

    private static string? Decision(HttpResponseMessage response) =>
        response.Headers.TryGetValues(GatewayDecision.HeaderName, out var values) ? values.Single() : null;

    /// <summary>The first choice's text and finish reason of a completion.</summary>
    internal static (string Text, string? Finish) WholeText(string body)
    {
        var choice = JsonNode.Parse(body)!["choices"]![0]!;
        return (choice["text"]!.GetValue<string>(), choice["finish_reason"]?.GetValue<string>());
    }

    /// <summary>The first choice's text, joined from every chunk, and its finish reason, as a client reads a stream.</summary>
    internal static (string Text, string? Finish) StreamedText(string bytes)
    {
        var text = new StringBuilder();
        string? finish = null;
        foreach (var item in SseParser.Create(new MemoryStream(Encoding.UTF8.GetBytes(bytes))).Enumerate())
        {
            if (item.Data == "[DONE]")
            {
                break;
            }

            foreach (var choice in JsonNode.Parse(item.Data)!["choices"]!.AsArray())
            {
                text.Append(choice!["text"]?.GetValue<string>());
                finish ??= choice["finish_reason"]?.GetValue<string>();
            }
        }

        return (text.ToString(), finish);
    }
}
