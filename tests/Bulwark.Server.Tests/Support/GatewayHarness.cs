using Anthropic;
using Anthropic.Core;
using Bulwark.Detection.Matching;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Server.Gateway;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.ClientModel;
using System.ClientModel.Primitives;
using OpenAI;
using OpenAI.Chat;
using OpenAI.Responses;

namespace Bulwark.Server.Tests.Support;

/// <summary>
/// The gateway on 127.0.0.1 (random port) in front of a <see cref="FakeModelServer"/>, with the shipped policy, the
/// real text classifier and a <see cref="StandInDetector"/>, and the official SDK clients pointed at it.
/// </summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    private readonly WebApplication _gateway;

    private GatewayHarness(FakeModelServer upstream, WebApplication gateway, Uri baseUrl)
    {
        Upstream = upstream;
        _gateway = gateway;
        BaseUrl = baseUrl;
    }

    public FakeModelServer Upstream { get; }

    public Uri BaseUrl { get; }

    /// <param name="policy">The policy; the shipped one when null.</param>
    /// <param name="banks">When given, inline images are matched against these banks.</param>
    /// <param name="storage">When given, the gateway records incidents, enforces and accepts Bulwark keys (see <see cref="TestStorage"/>).</param>
    /// <param name="configure">Adjusts the gateway's builder after the harness has (logging providers, say).</param>
    /// <param name="detectorGate">When given, every screening (the start-up warm-up included) waits for it to complete.</param>
    public static async Task<GatewayHarness> StartAsync(
        bool detectorThrows = false,
        bool allowPassthrough = false,
        long maxRequestBodyBytes = GatewayOptions.DefaultMaxRequestBodyBytes,
        int holdBackChars = GatewayOptions.DefaultHoldBackChars,
        Task? detectorGate = null,
        TimeSpan? shutdownTimeout = null,
        bool waitUntilReady = true,
        ScreeningPolicy? policy = null,
        HashMatcher? banks = null,
        GatewayStorageOptions? storage = null,
        Action<WebApplicationBuilder>? configure = null,
        IDetector? judge = null)
    {
        var upstream = await FakeModelServer.StartAsync();
        IDetector[] detectors = banks is null
            ? [new TextClassifierDetector(), new StandInDetector(detectorThrows, detectorGate)]
            : [new TextClassifierDetector(), new StandInDetector(detectorThrows, detectorGate), new HashMatchDetector(banks)];
        var screener = new Screener(policy ?? new PolicyLoader().LoadDefault(), detectors, judge: judge);
        var options = new GatewayOptions
        {
            Upstream = upstream.BaseUrl,
            AllowPassthrough = allowPassthrough,
            MaxRequestBodyBytes = maxRequestBodyBytes,
            HoldBackChars = holdBackChars,
            ShutdownTimeout = shutdownTimeout ?? GatewayOptions.DefaultShutdownTimeout,
            Storage = storage,
        };
        var gateway = GatewayApplication.Create(options, screener, ["http://127.0.0.1:0"], builder =>
        {
            builder.Logging.ClearProviders();
            configure?.Invoke(builder);
        });
        await gateway.StartAsync();
        var address = gateway.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var harness = new GatewayHarness(upstream, gateway, new Uri(address));
        if (waitUntilReady)
        {
            await harness.WaitUntilReadyAsync();
        }

        return harness;
    }

    /// <summary>Polls <c>/readyz</c> until it answers 200 (the start-up warm-up is done), for at most ten seconds.</summary>
    public async Task WaitUntilReadyAsync()
    {
        using var client = RawClient();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The gateway was not ready after ten seconds: {await response.Content.ReadAsStringAsync()}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>OpenAI's official client, retries off, talking to the gateway.</summary>
    public ChatClient OpenAiClient() =>
        new("fake-model", new ApiKeyCredential("test-key"), new OpenAIClientOptions { Endpoint = new Uri(BaseUrl, "v1"), RetryPolicy = new ClientRetryPolicy(maxRetries: 0) });

    // The SDK marks its Responses client experimental (OPENAI001); the gateway is tested against it as it ships.
#pragma warning disable OPENAI001

    /// <summary>OpenAI's official Responses client, retries off, talking to the gateway.</summary>
    public ResponsesClient OpenAiResponsesClient() =>
        new(new ApiKeyCredential("test-key"), new ResponsesClientOptions { Endpoint = new Uri(BaseUrl, "v1"), RetryPolicy = new ClientRetryPolicy(maxRetries: 0) });
#pragma warning restore OPENAI001

    /// <summary>Anthropic's official client, retries off, talking to the gateway.</summary>
    public AnthropicClient AnthropicClient(string apiKey = "test-key") =>
        new(new ClientOptions { BaseUrl = BaseUrl.ToString().TrimEnd('/'), ApiKey = apiKey, MaxRetries = 0 });

    public HttpClient RawClient() => new() { BaseAddress = BaseUrl };

    /// <summary>The gateway's services (casework services when it has storage).</summary>
    public IServiceProvider Services => _gateway.Services;

    /// <summary>Stops the gateway as the host does on SIGTERM: in-flight requests get the shutdown timeout to finish.</summary>
    public Task StopGatewayAsync() => _gateway.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _gateway.StopAsync();
        await _gateway.DisposeAsync();
        await Upstream.DisposeAsync();
    }
}
