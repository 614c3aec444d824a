using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bulwark.Benchmarks;

/// <summary>
/// A model server that answers instantly, for load-testing the gateway (bench/gateway-wrk.sh): OpenAI's
/// <c>POST /v1/chat/completions</c>, a JSON <c>chat.completion</c>, or with <c>stream: true</c> an event stream of a
/// role chunk, <see cref="Deltas"/> small content deltas, a finish chunk and <c>[DONE]</c>. Every answer is built once
/// at start, so what wrk measures is HTTP and the gateway, not this server. Runs until Ctrl+C or SIGTERM.
/// </summary>
internal static class GatewayFakeUpstreamHarness
{
    private const int Deltas = 20;

    // Benign and plain, 240 characters: longer than the gateway's default 200-character hold-back window, so a stream
    // through the gateway releases its first event before the upstream has ended, as a real model's would.
    private const string Answer =
        "Bread rises because yeast feeds on sugars in the flour and releases gas, which the gluten network traps in small " +
        "pockets. A warm kitchen speeds this up; a cool one slows it down and often gives a deeper flavour to the loaf.";

    public static int Run(string[] args)
    {
        var urls = "http://127.0.0.1:8001";
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--urls")
            {
                urls = args[i + 1];
            }
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var json = Encoding.UTF8.GetBytes(Completion());
        var stream = Encoding.UTF8.GetBytes(Stream());
        app.MapPost("/v1/chat/completions", async context =>
        {
            using var request = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var streamed = request.RootElement.TryGetProperty("stream", out var flag) && flag.ValueKind == JsonValueKind.True;
            context.Response.ContentType = streamed ? "text/event-stream" : "application/json";
            context.Response.ContentLength = streamed ? null : json.Length;
            await context.Response.Body.WriteAsync(streamed ? stream : json, context.RequestAborted);
        });
        Console.WriteLine($"gateway-fake-upstream: listening on {urls} ({Answer.Length}-character answer, {Deltas} deltas when streamed)");
        app.Run();
        return 0;
    }

    private static string Completion() =>
        JsonSerializer.Serialize(new
        {
            id = "chatcmpl-bench",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = "bench-model",
            choices = new[] { new { index = 0, message = new { role = "assistant", content = Answer }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 500, completion_tokens = 50, total_tokens = 550 },
        });

    private static string Stream()
    {
        static string Chunk(object delta, string? finish) =>
            "data: " + JsonSerializer.Serialize(new
            {
                id = "chatcmpl-bench",
                @object = "chat.completion.chunk",
                created = 1_700_000_000,
                model = "bench-model",
                choices = new[] { new { index = 0, delta, finish_reason = finish } },
            }) + "\n\n";

        var events = new StringBuilder(Chunk(new { role = "assistant", content = string.Empty }, null));
        var size = Answer.Length / Deltas;
        for (var i = 0; i < Deltas; i++)
        {
            var text = i == Deltas - 1 ? Answer[(i * size)..] : Answer.Substring(i * size, size);
            events.Append(Chunk(new { content = text }, null));
        }

        return events.Append(Chunk(new { }, "stop")).Append("data: [DONE]\n\n").ToString();
    }
}
