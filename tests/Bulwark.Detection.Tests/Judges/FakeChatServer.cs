using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenAI;
using OpenAI.Chat;

namespace Bulwark.Detection.Tests.Judges;

/// <summary>
/// An in-process OpenAI-compatible server on 127.0.0.1 (random port) answering <c>POST /v1/chat/completions</c>
/// (non-streaming) with scripted replies, in order, and recording every request body. When the script runs out the
/// last reply repeats.
/// </summary>
internal sealed class FakeChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Reply> _script = new();
    private readonly ConcurrentQueue<JsonObject> _requests = new();
    private Reply _last = Reply.Answer("safe");

    private FakeChatServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The request bodies received, in order.</summary>
    public IReadOnlyList<JsonObject> Requests => [.. _requests];

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<FakeChatServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeChatServer(app);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUrl = new Uri(address);
        return server;
    }

    /// <summary>Queues replies for the next requests.</summary>
    public FakeChatServer Script(params Reply[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }

        return this;
    }

    /// <summary>The real client stack: OpenAI's <see cref="ChatClient"/> as an <see cref="IChatClient"/>, with the SDK's own retries off.</summary>
    public IChatClient CreateClient() =>
        new ChatClient(
            "judge-model",
            new ApiKeyCredential("test-key"),
            new OpenAIClientOptions { Endpoint = new Uri(BaseUrl, "v1"), RetryPolicy = new ClientRetryPolicy(maxRetries: 0) })
        .AsIChatClient();

    /// <summary>Waits until at least <paramref name="count"/> requests have arrived (a test's clock, not the server's).</summary>
    public async Task WaitForRequestsAsync(int count)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (_requests.Count < count)
        {
            await Task.Delay(5, deadline.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        _requests.Enqueue(body!.AsObject());
        if (_script.TryDequeue(out var reply))
        {
            _last = reply;
        }
        else
        {
            reply = _last;
        }

        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = reply.Status;
        if (reply.Status != StatusCodes.Status200OK)
        {
            await context.Response.WriteAsJsonAsync(new { error = new { message = "scripted failure", type = "server_error" } });
            return;
        }

        var completion = new JsonObject
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = "chat.completion",
            ["created"] = 0,
            ["model"] = "judge-model",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply.Content },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["completion_tokens"] = 1, ["total_tokens"] = 2 },
        };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(completion.ToJsonString(JsonSerializerOptions.Default));
    }

    /// <summary>One scripted reply: an answer, a failure status, or a slow answer.</summary>
    internal sealed record Reply(int Status, string Content, TimeSpan Delay)
    {
        public static Reply Answer(string content) => new(StatusCodes.Status200OK, content, TimeSpan.Zero);

        public static Reply Failure(int status) => new(status, string.Empty, TimeSpan.Zero);

        public static Reply Slow(string content, TimeSpan delay) => new(StatusCodes.Status200OK, content, delay);
    }
}
