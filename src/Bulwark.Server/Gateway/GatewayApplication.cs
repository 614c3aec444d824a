using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Bulwark.Casework;
using Bulwark.Detection.Screening;
using Bulwark.Server.Console;
using Bulwark.Server.Reporting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.OpenApi;
using OpenTelemetry.Metrics;
using Yarp.ReverseProxy.Forwarder;

namespace Bulwark.Server.Gateway;

/// <summary>
/// Builds the guardrail gateway: screened model routes, optional passthrough, and its own operational endpoints
/// (<c>/healthz</c>, <c>/readyz</c>, Prometheus <c>/metrics</c>, the OpenAPI document at <c>/openapi/v1.json</c>).
/// </summary>
public static class GatewayApplication
{
    /// <summary>The screened routes, by path.</summary>
    public const string OpenAiChatCompletionsPath = "/v1/chat/completions";

    /// <summary>OpenAI's legacy Completions route (vLLM, llama.cpp, Ollama).</summary>
    public const string OpenAiCompletionsPath = "/v1/completions";

    /// <summary>OpenAI's Responses route.</summary>
    public const string OpenAiResponsesPath = "/v1/responses";

    /// <summary>OpenAI's image generation route.</summary>
    public const string OpenAiImageGenerationsPath = "/v1/images/generations";

    /// <summary>OpenAI's image edit route (multipart uploads).</summary>
    public const string OpenAiImageEditsPath = "/v1/images/edits";

    /// <summary>Anthropic's Messages route.</summary>
    public const string AnthropicMessagesPath = "/v1/messages";

    /// <summary>Where Prometheus scrapes the gateway's metrics.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>Where the OpenAPI document of the gateway's own endpoints is served.</summary>
    public const string OpenApiPath = "/openapi/v1.json";

    /// <summary>
    /// A web application serving the gateway on <paramref name="urls"/> (e.g. <c>http://127.0.0.1:8080</c>; port 0
    /// picks a free one). <paramref name="configure"/> may adjust the builder (logging, Kestrel) before it is built.
    /// </summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static WebApplication Create(GatewayOptions options, Screener screener, IEnumerable<string> urls, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(screener);
        ArgumentNullException.ThrowIfNull(urls);
        options.Validate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls([.. urls]);
        // Request and forwarding logs name full URLs, and some clients put keys in query strings: keep them out.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);
        builder.Logging.AddFilter("Yarp", LogLevel.Warning);
        // Result executors log every probe of /healthz and /readyz.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Http.Result", LogLevel.Warning);
        builder.Services.AddHttpForwarder();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(screener);
        builder.Services.AddSingleton(_ => new HttpMessageInvoker(new SocketsHttpHandler
        {
            // YARP's recommended client: no proxy, redirects, cookies or decompression of its own.
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            EnableMultipleHttp2Connections = true,
            ActivityHeadersPropagator = new ReverseProxyPropagator(DistributedContextPropagator.Current),
            ConnectTimeout = TimeSpan.FromSeconds(15),
        }));
        if (options.Storage is { } storage)
        {
            builder.Services.AddCasework(storage.Database, casework => casework.MasterKeys = storage.EvidenceKeys);
            builder.Services.AddSingleton(storage);
            builder.Services.AddSingleton<GatewayCasework>();
            builder.Services.AddHostedService<CaseworkLifecycle>();
            builder.Services.AddHostedService<Retention.EvidencePurgeService>();
            builder.Services.AddCaseReporting(storage.Reporting);
            builder.AddConsole();
        }

        builder.Services.AddSingleton<ScreenedRoute>();
        builder.Services.AddSingleton<ConversationMemory>();
        builder.Services.AddSingleton(services => new GatewayMetrics(services.GetRequiredService<IMeterFactory>()));
        builder.Services.AddSingleton<GatewayReadiness>();
        builder.Services.AddHostedService<ScreenerWarmUp>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownTimeout);
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(GatewayMetrics.MeterName)
            // The runtime's own meter: garbage collections, pause time and bytes allocated explain latency tails.
            .AddMeter("System.Runtime")
            .AddAspNetCoreInstrumentation()
            .AddPrometheusExporter());
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            DescribeDocument(document);
            return Task.CompletedTask;
        }));
        configure?.Invoke(builder);

        var app = builder.Build();
        MapGateway(app, options);
        return app;
    }

    private const string OperationsTag = "operations";

    private static void MapGateway(WebApplication app, GatewayOptions options)
    {
        var openAi = new OpenAiChatAdapter();
        var anthropic = new AnthropicMessagesAdapter();
        var openAiCompletions = new OpenAiCompletionsAdapter();
        var openAiResponses = new OpenAiResponsesAdapter();
        var route = app.Services.GetRequiredService<ScreenedRoute>();
        var screener = app.Services.GetRequiredService<Screener>();
        var readiness = app.Services.GetRequiredService<GatewayReadiness>();
        app.Lifetime.ApplicationStopping.Register(readiness.Stopping);

        // Every method is mapped on the screened paths so that none can fall through to the passthrough route.
        app.Map(OpenAiChatCompletionsPath, context => route.HandleAsync(context, openAi, OpenAiChatCompletionsPath)).ExcludeFromDescription();
        app.Map(AnthropicMessagesPath, context => route.HandleAsync(context, anthropic, AnthropicMessagesPath)).ExcludeFromDescription();
        app.Map(OpenAiCompletionsPath, context => route.HandleAsync(context, openAiCompletions, OpenAiCompletionsPath)).ExcludeFromDescription();
        app.Map(OpenAiResponsesPath, context => route.HandleAsync(context, openAiResponses, OpenAiResponsesPath)).ExcludeFromDescription();
        var imageGenerations = new OpenAiImagesAdapter(multipart: false);
        var imageEdits = new OpenAiImagesAdapter(multipart: true);
        app.Map(OpenAiImageGenerationsPath, context => route.HandleAsync(context, imageGenerations, OpenAiImageGenerationsPath)).ExcludeFromDescription();
        app.Map(OpenAiImageEditsPath, context => route.HandleAsync(context, imageEdits, OpenAiImageEditsPath)).ExcludeFromDescription();
        app.MapGet("/healthz", () => TypedResults.Ok(new HealthReport("ok")))
            .WithName("health")
            .WithTags(OperationsTag)
            .WithSummary("Liveness: the process is up and serving HTTP.")
            .WithDescription("Always 200 while the process runs. It says nothing about the screener or the upstream; use /readyz to decide whether to send traffic.");
        app.MapGet("/readyz", () => Readiness(screener, readiness))
            .WithName("readiness")
            .WithTags(OperationsTag)
            .WithSummary("Readiness: whether the gateway should be sent traffic.")
            .WithDescription("200 once the policy is loaded and the screener has been warmed by one screening at start-up; 503 while warming up, while a detector fails the warm-up, and once the gateway is shutting down (draining in-flight requests).")
            .Produces<ReadinessReport>(StatusCodes.Status200OK)
            .Produces<ReadinessReport>(StatusCodes.Status503ServiceUnavailable);
        if (options.Storage is not null)
        {
            app.MapConsole();
        }

        app.MapPrometheusScrapingEndpoint(MetricsPath);
        app.MapOpenApi(OpenApiPath);
        if (options.AllowPassthrough)
        {
            app.MapForwarder("/{**path}", options.Upstream.GetLeftPart(UriPartial.Path).TrimEnd('/')).ExcludeFromDescription();
        }
        else
        {
            app.MapFallback(context => ScreenedRoute.WriteErrorAsync(context, openAi, StatusCodes.Status404NotFound, $"The gateway does not serve '{context.Request.Path}'; it forwards only screened model routes."));
        }
    }

    private static IResult Readiness(Screener screener, GatewayReadiness readiness)
    {
        var policy = screener.Policy;
        var reason = readiness.NotReadyReason;
        var report = new ReadinessReport(reason is null ? "ready" : "not_ready", policy.Id, policy.Version, policy.ContentHash, reason);
        return reason is null ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>
    /// Names the document, says where the model routes are specified, and adds <c>/metrics</c>, which the Prometheus
    /// exporter maps as a plain endpoint that the OpenAPI generator does not see.
    /// </summary>
    private static void DescribeDocument(OpenApiDocument document)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Bulwark gateway",
            Version = "v1",
            Description =
                "Bulwark's own endpoints: liveness, readiness and Prometheus metrics. The screened model routes " +
                $"(POST {OpenAiChatCompletionsPath}, {OpenAiCompletionsPath}, {OpenAiResponsesPath} and {AnthropicMessagesPath}) are not described here: they are the " +
                "providers' own APIs and follow OpenAI's and Anthropic's published API specifications unchanged. The gateway adds " +
                $"only the {GatewayDecision.HeaderName} response header and answers a withheld request with the protocol's own " +
                "refusal (finish_reason \"content_filter\"; for Responses, status \"incomplete\" with incomplete_details.reason " +
                "\"content_filter\"; stop_reason \"refusal\" for Anthropic).",
        };
        document.Paths ??= [];
        document.Paths[MetricsPath] = new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Get] = new OpenApiOperation
                {
                    OperationId = "metrics",
                    Tags = new HashSet<OpenApiTagReference> { new(OperationsTag, document) },
                    Summary = "Prometheus metrics in the text exposition format.",
                    Description =
                        $"The meter {GatewayMetrics.MeterName} (requests, verdicts, screening latency, upstream errors, prevention " +
                        "message impressions) and ASP.NET Core's HTTP server metrics. Labels carry routes, actions, policy " +
                        "category and theme ids, surfaces and error kinds: never prompt or answer text, keys or user identities.",
                    Responses = new OpenApiResponses
                    {
                        ["200"] = new OpenApiResponse
                        {
                            Description = "The current metrics.",
                            Content = new Dictionary<string, OpenApiMediaType>
                            {
                                ["text/plain; version=0.0.4"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                            },
                        },
                    },
                },
            },
        };
    }
}
