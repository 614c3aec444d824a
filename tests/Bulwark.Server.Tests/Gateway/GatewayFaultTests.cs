using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Bulwark.Server.Gateway;
using Bulwark.Server.Tests.Support;
using OpenAI.Chat;

namespace Bulwark.Server.Tests.Gateway;

/// <summary>Bad input, failing detectors, unknown routes and health: each answered in the protocol's own shape, none forwarded.</summary>
public sealed class GatewayFaultTests
{
    [Theory]
    [InlineData("/v1/chat/completions")]
    [InlineData("/v1/messages")]
    public async Task Malformed_json_gets_400_in_the_protocols_error_shape(string path)
    {
        await using var harness = await GatewayHarness.StartAsync();
        using var client = harness.RawClient();

        using var response = await client.PostAsync(path, new StringContent("{\"messages\": [", Encoding.UTF8, "application/json"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request_error", body["error"]!["type"]!.GetValue<string>());
        Assert.Equal("The request body is not valid JSON.", body["error"]!["message"]!.GetValue<string>());
        if (path == "/v1/messages")
        {
            Assert.Equal("error", body["type"]!.GetValue<string>());
        }

        Assert.Empty(harness.Upstream.Requests);
    }

    [Fact]
    public async Task Json_that_is_not_a_request_gets_400()
    {
        await using var harness = await GatewayHarness.StartAsync();
        using var client = harness.RawClient();

        using var response = await client.PostAsync("/v1/chat/completions", new StringContent("""{"model":"m","messages":"hello"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'messages' must be an array", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(harness.Upstream.Requests);
    }

    [Theory]
    [InlineData("/v1/chat/completions", "request_too_large")]
    [InlineData("/v1/messages", "request_too_large")]
    public async Task Oversized_body_gets_413(string path, string expected)
    {
        await using var harness = await GatewayHarness.StartAsync(maxRequestBodyBytes: 4096);
        using var client = harness.RawClient();
        var prompt = new string('a', 5000);

        using var response = await client.PostAsync(path, OpenAiChatRouteTests.JsonBody(new { model = "m", messages = new[] { new { role = "user", content = prompt } } }));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(harness.Upstream.Requests);
    }

    [Fact]
    public async Task Oversized_body_without_a_declared_length_gets_413()
    {
        await using var harness = await GatewayHarness.StartAsync(maxRequestBodyBytes: 4096);
        using var client = harness.RawClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"messages\":[{\"role\":\"user\",\"content\":\"" + new string('a', 5000) + "\"}]}"))),
        };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(harness.Upstream.Requests);
    }

    [Fact]
    public async Task Body_without_a_declared_length_within_the_limit_is_forwarded_whole()
    {
        // Larger than the first read buffer, so the body is gathered over several reads and buffers.
        await using var harness = await GatewayHarness.StartAsync(maxRequestBodyBytes: 200_000);
        using var client = harness.RawClient();
        var prompt = string.Concat(Enumerable.Repeat("How do I make pancakes for a crowd? ", 2_000));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(
                new JsonObject { ["model"] = "m", ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = prompt }) }.ToJsonString()))),
        };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(harness.Upstream.Requests);
        Assert.Equal(prompt, received.Body["messages"]![0]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Throwing_detector_fails_closed_and_nothing_is_forwarded()
    {
        await using var harness = await GatewayHarness.StartAsync(detectorThrows: true, waitUntilReady: false);

        var result = await harness.OpenAiClient().CompleteChatAsync([new UserChatMessage("How do I make pancakes?")]);

        Assert.Empty(harness.Upstream.Requests);
        Assert.Equal(ChatFinishReason.ContentFilter, result.Value.FinishReason);
        Assert.StartsWith("This request could not be checked for safety right now", result.Value.Content[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("; surface=prompt; reason=detector_failure", OpenAiChatRouteTests.Decision(result.GetRawResponse()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_methods_on_a_screened_route_are_refused_not_forwarded()
    {
        await using var harness = await GatewayHarness.StartAsync(allowPassthrough: true);
        using var client = harness.RawClient();

        using var response = await client.GetAsync(new Uri("/v1/chat/completions", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Empty(harness.Upstream.Requests);
    }

    [Fact]
    public async Task Unknown_paths_get_404_unless_passthrough_is_configured()
    {
        await using var closed = await GatewayHarness.StartAsync();
        await using var open = await GatewayHarness.StartAsync(allowPassthrough: true);
        using var closedClient = closed.RawClient();
        using var openClient = open.RawClient();

        using var refused = await closedClient.GetAsync(new Uri("/v1/models", UriKind.Relative));
        using var forwarded = await openClient.GetAsync(new Uri("/v1/models", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("not_found_error", JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["error"]!["type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, forwarded.StatusCode);
        Assert.Contains("fake-model", await forwarded.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_upstream_gets_502_in_the_protocols_shape()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.Upstream.DisposeAsync();
        using var client = harness.RawClient();

        using var response = await client.PostAsync("/v1/messages", OpenAiChatRouteTests.JsonBody(new { model = "m", max_tokens = 10, messages = new[] { new { role = "user", content = "Hello" } } }));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("api_error", body["error"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Health_and_readiness_answer()
    {
        await using var harness = await GatewayHarness.StartAsync();
        using var client = harness.RawClient();

        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("child-safety", JsonNode.Parse(await ready.Content.ReadAsStringAsync())!["policy"]!.GetValue<string>());
    }

    [Fact]
    public void Options_are_validated()
    {
        Assert.Throws<ArgumentException>(() => new GatewayOptions { Upstream = new Uri("ftp://example.test") }.Validate());
        Assert.Throws<ArgumentException>(() => new GatewayOptions { Upstream = new Uri("http://example.test"), MaxRequestBodyBytes = 0 }.Validate());
        new GatewayOptions { Upstream = new Uri("http://127.0.0.1:8000") }.Validate();
    }
}
