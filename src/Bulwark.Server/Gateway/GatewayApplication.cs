using System.Diagnostics;
using System.Net;
using Bulwark.Detection.Screening;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Forwarder;

namespace Bulwark.Server.Gateway;

/// <summary>Builds the guardrail gateway: screened model routes, optional passthrough, health endpoints.</summary>
public static class GatewayApplication
{
    /// <summary>The screened routes, by path.</summary>
    public const string OpenAiChatCompletionsPath = "/v1/chat/completions";

    /// <summary>Anthropic's Messages route.</summary>
    public const string AnthropicMessagesPath = "/v1/messages";

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
        builder.Services.AddSingleton<ScreenedRoute>();
        configure?.Invoke(builder);

        var app = builder.Build();
        MapGateway(app, options);
        return app;
    }

    private static void MapGateway(WebApplication app, GatewayOptions options)
    {
        var openAi = new OpenAiChatAdapter();
        var anthropic = new AnthropicMessagesAdapter();
        var route = app.Services.GetRequiredService<ScreenedRoute>();
        var screener = app.Services.GetRequiredService<Screener>();

        // Every method is mapped on the screened paths so that none can fall through to the passthrough route.
        app.Map(OpenAiChatCompletionsPath, context => route.HandleAsync(context, openAi));
        app.Map(AnthropicMessagesPath, context => route.HandleAsync(context, anthropic));
        app.MapGet("/healthz", () => Results.Json(new { status = "ok" }));
        app.MapGet("/readyz", () => Results.Json(new { status = "ready", policy = screener.Policy.Id, version = screener.Policy.Version, policy_hash = screener.Policy.ContentHash }));
        if (options.AllowPassthrough)
        {
            app.MapForwarder("/{**path}", options.Upstream.GetLeftPart(UriPartial.Path).TrimEnd('/'));
        }
        else
        {
            app.MapFallback(context => ScreenedRoute.WriteErrorAsync(context, openAi, StatusCodes.Status404NotFound, $"The gateway does not serve '{context.Request.Path}'; it forwards only screened model routes."));
        }
    }
}
