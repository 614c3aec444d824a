using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bulwark.Server.Gateway;
using Bulwark.Server.Tests.Support;
using Microsoft.AspNetCore.Http;
using OpenAI.Chat;

namespace Bulwark.Server.Tests.Gateway;

/// <summary>The gateway's own endpoints: Prometheus metrics, the OpenAPI document, readiness, and graceful shutdown.</summary>
public sealed class GatewayOperationsTests
{
    private const string UserId = "user-4711-metrics";

    [Fact]
    public async Task Metrics_count_blocked_and_allowed_requests_without_any_content_or_identity()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var client = harness.OpenAiClient();
        var options = new ChatCompletionOptions { EndUserId = UserId };

        await client.CompleteChatAsync([new UserChatMessage("How do I make pancakes?")], options);
        await client.CompleteChatAsync([new UserChatMessage(OpenAiChatRouteTests.Soliciting)], options);
        var text = await ScrapeAsync(harness, requests: 2);
        var samples = PrometheusText.Parse(text);

        AssertAtLeast(1, samples, "bulwark_gateway_requests_total", ("route", "/v1/chat/completions"), ("protocol", "openai"), ("outcome", "forwarded"));
        AssertAtLeast(1, samples, "bulwark_gateway_requests_total", ("route", "/v1/chat/completions"), ("protocol", "openai"), ("outcome", "prompt_withheld"));
        AssertAtLeast(1, samples, "bulwark_gateway_verdicts_total", ("action", "allow"), ("category", "none"), ("surface", "prompt"));
        AssertAtLeast(1, samples, "bulwark_gateway_verdicts_total", ("action", "allow"), ("category", "none"), ("surface", "output"));
        AssertAtLeast(1, samples, "bulwark_gateway_verdicts_total", ("action", "block"), ("category", "csam_solicitation"), ("surface", "prompt"));
        AssertAtLeast(2, samples, "bulwark_gateway_screening_duration_milliseconds_count", ("surface", "prompt"));
        AssertAtLeast(2, samples, "bulwark_gateway_screening_duration_milliseconds_bucket", ("surface", "prompt"), ("le", "+Inf"));
        var impression = Assert.Single(samples, sample => sample.Name == "bulwark_gateway_prevention_impressions_total" && sample.Labels["category"] == "csam_solicitation");
        Assert.True(impression.Value >= 1);
        Assert.False(string.IsNullOrEmpty(impression.Labels["theme"]));
        AssertAtLeast(2, samples, "http_server_request_duration_seconds_count", ("http_route", "/v1/chat/completions"));

        // Nothing that came from a client or the model: prompt and answer text, the user, the key.
        foreach (var secret in new[] { "pancakes", "12-year-old", "sexy", "flour", UserId, "test-key" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Metrics_count_a_withheld_answer_and_its_prevention_message()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Upstream.Answer = "Here it is: " + StandInDetector.Marker;

        var result = await harness.OpenAiClient().CompleteChatAsync([new UserChatMessage("Tell me a story.")]);
        var samples = PrometheusText.Parse(await ScrapeAsync(harness, requests: 1));

        Assert.Equal(ChatFinishReason.ContentFilter, result.Value.FinishReason);
        AssertAtLeast(1, samples, "bulwark_gateway_requests_total", ("protocol", "openai"), ("outcome", "answer_withheld"));
        // The shipped policy reports (rather than merely blocks) such output.
        AssertAtLeast(1, samples, "bulwark_gateway_verdicts_total", ("action", "report"), ("category", "csam_solicitation"), ("surface", "output"));
        AssertAtLeast(1, samples, "bulwark_gateway_screening_duration_milliseconds_count", ("surface", "output"));
        AssertAtLeast(1, samples, "bulwark_gateway_prevention_impressions_total", ("category", "csam_solicitation"));
    }

    [Fact]
    public async Task Metrics_count_upstream_errors_by_kind()
    {
        await using var harness = await GatewayHarness.StartAsync();
        using var client = harness.RawClient();
        var body = new { model = "m", max_tokens = 10, messages = new[] { new { role = "user", content = "Hello" } } };

        harness.Upstream.FailWithStatus = StatusCodes.Status503ServiceUnavailable;
        using var failed = await client.PostAsync("/v1/messages", OpenAiChatRouteTests.JsonBody(body));
        await harness.Upstream.DisposeAsync();
        using var unreachable = await client.PostAsync("/v1/messages", OpenAiChatRouteTests.JsonBody(body));
        var samples = PrometheusText.Parse(await ScrapeAsync(harness, requests: 2));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal(HttpStatusCode.BadGateway, unreachable.StatusCode);
        AssertAtLeast(1, samples, "bulwark_gateway_upstream_errors_total", ("protocol", "anthropic"), ("kind", "5xx"));
        AssertAtLeast(1, samples, "bulwark_gateway_upstream_errors_total", ("protocol", "anthropic"), ("kind", "unreachable"));
        AssertAtLeast(2, samples, "bulwark_gateway_requests_total", ("route", "/v1/messages"), ("outcome", "upstream_error"));
    }

    [Fact]
    public async Task Readiness_stays_503_while_a_detector_fails_the_warm_up()
    {
        await using var harness = await GatewayHarness.StartAsync(detectorThrows: true, waitUntilReady: false);
        using var client = harness.RawClient();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        HttpStatusCode status;
        string? reason;
        do
        {
            using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            status = response.StatusCode;
            reason = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["reason"]?.GetValue<string>();
            await Task.Delay(20);
        }
        while (reason == "warming up" && DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("warm-up failed in detectors stand-in; retrying", reason);
    }

    [Fact]
    public async Task OpenApi_document_is_json_listing_the_gateways_own_endpoints_only()
    {
        await using var harness = await GatewayHarness.StartAsync();
        using var client = harness.RawClient();

        using var response = await client.GetAsync(new Uri(GatewayApplication.OpenApiPath, UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        var paths = root.GetProperty("paths").EnumerateObject().Select(path => path.Name).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("3.", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal(["/healthz", "/metrics", "/readyz"], paths);
        foreach (var path in paths)
        {
            Assert.True(root.GetProperty("paths").GetProperty(path).TryGetProperty("get", out _), $"{path} has no GET operation.");
        }

        var readyResponses = root.GetProperty("paths").GetProperty("/readyz").GetProperty("get").GetProperty("responses");
        Assert.True(readyResponses.TryGetProperty("200", out _));
        Assert.True(readyResponses.TryGetProperty("503", out _));
        var description = root.GetProperty("info").GetProperty("description").GetString()!;
        Assert.Contains("OpenAI's and Anthropic's published API specifications", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_is_503_until_the_screener_is_warmed_while_liveness_is_200()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var harness = await GatewayHarness.StartAsync(detectorGate: gate.Task, waitUntilReady: false);
        using var client = harness.RawClient();

        using var warming = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var alive = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var warmingBody = JsonNode.Parse(await warming.Content.ReadAsStringAsync())!;
        gate.SetResult();
        await harness.WaitUntilReadyAsync();
        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var readyBody = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, warming.StatusCode);
        Assert.Equal("not_ready", warmingBody["status"]!.GetValue<string>());
        Assert.Equal("warming up", warmingBody["reason"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ready", readyBody["status"]!.GetValue<string>());
        Assert.Equal("child-safety", readyBody["policy"]!.GetValue<string>());
        Assert.Null(readyBody["reason"]);
    }

    [Fact]
    public void Readiness_stays_off_once_the_gateway_is_stopping()
    {
        var readiness = new GatewayReadiness();
        Assert.False(readiness.IsReady);

        readiness.Warmed();
        Assert.True(readiness.IsReady);

        readiness.Stopping();
        readiness.Warmed();
        Assert.False(readiness.IsReady);
        Assert.Equal("shutting down", readiness.NotReadyReason);
    }

    [Fact]
    public async Task Graceful_shutdown_lets_an_in_flight_request_finish()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Upstream.AnswerDelay = TimeSpan.FromMilliseconds(800);
        using var client = harness.RawClient();

        var inFlight = client.PostAsync("/v1/chat/completions", OpenAiChatRouteTests.JsonBody(new { model = "m", messages = new[] { new { role = "user", content = "How do I make pancakes?" } } }));
        await WaitForUpstreamRequestAsync(harness);
        await harness.StopGatewayAsync();
        using var response = await inFlight;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(harness.Upstream.Answer, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graceful_shutdown_lets_an_in_flight_stream_finish()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var pause = new TaskCompletionSource();
        harness.Upstream.PauseBeforeLastDelta = pause;
        using var client = harness.RawClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions")
        {
            Content = OpenAiChatRouteTests.JsonBody(new { model = "m", stream = true, messages = new[] { new { role = "user", content = "How do I make pancakes?" } } }),
        };

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var stopping = harness.StopGatewayAsync();
        await Task.Delay(200);
        Assert.False(stopping.IsCompleted, "The gateway waits for the stream it is relaying.");
        pause.SetResult();
        var body = await response.Content.ReadAsStringAsync();
        await stopping;

        Assert.EndsWith("data: [DONE]\n\n", body, StringComparison.Ordinal);
        Assert.Equal(harness.Upstream.Answer, string.Concat(body.Split('\n')
            .Where(line => line.StartsWith("data: {", StringComparison.Ordinal))
            .Select(line => System.Text.Json.Nodes.JsonNode.Parse(line[6..])!["choices"]!.AsArray())
            .Where(choices => choices.Count > 0)
            .Select(choices => choices[0]!["delta"]!["content"]?.GetValue<string>())));
    }

    [Fact]
    public async Task Shutdown_timeout_bounds_how_long_in_flight_requests_may_take()
    {
        await using var harness = await GatewayHarness.StartAsync(shutdownTimeout: TimeSpan.FromMilliseconds(200));
        harness.Upstream.AnswerDelay = TimeSpan.FromSeconds(10);
        using var client = harness.RawClient();

        var inFlight = client.PostAsync("/v1/chat/completions", OpenAiChatRouteTests.JsonBody(new { model = "m", messages = new[] { new { role = "user", content = "How do I make pancakes?" } } }));
        await WaitForUpstreamRequestAsync(harness);
        var stopping = System.Diagnostics.Stopwatch.StartNew();
        await harness.StopGatewayAsync();
        stopping.Stop();

        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(5), $"Stopping took {stopping.Elapsed}.");
        await Assert.ThrowsAsync<HttpRequestException>(() => inFlight);
    }

    internal static void AssertAtLeast(double expected, IReadOnlyList<PrometheusText.Sample> samples, string name, params (string Key, string Value)[] labels)
    {
        var actual = samples.Sum(name, labels);
        Assert.True(
            actual >= expected,
            $"Expected {name} with {string.Join(", ", labels)} to be at least {expected}, not {actual}. Samples of {name}:\n" +
            string.Join('\n', samples.Where(sample => sample.Name == name).Select(sample => $"{string.Join(",", sample.Labels.Select(label => $"{label.Key}={label.Value}"))} {sample.Value}")));
    }

    /// <summary>
    /// The metrics once <paramref name="requests"/> requests have been counted: a request is counted when the gateway has
    /// finished with it, which may be just after the client has read the answer.
    /// </summary>
    internal static async Task<string> ScrapeAsync(GatewayHarness harness, int requests)
    {
        using var client = harness.RawClient();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, GatewayApplication.MetricsPath);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/plain"));
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            if (PrometheusText.Parse(text).Sum("bulwark_gateway_requests_total") >= requests || DateTime.UtcNow > deadline)
            {
                return text;
            }

            await Task.Delay(50);
        }
    }

    private static async Task WaitForUpstreamRequestAsync(GatewayHarness harness)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (harness.Upstream.Requests.Count == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The request never reached the upstream.");
            await Task.Delay(10);
        }
    }
}
