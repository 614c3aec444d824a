using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bulwark.Server.Tests.Support;

/// <summary>
/// An in-process model server on 127.0.0.1 (random port) speaking OpenAI's Chat Completions, Completions and Responses
/// and Anthropic's Messages APIs, streaming (SSE, the answer cut into small deltas) or not. It answers every request with <see cref="Answer"/>
/// and records every request it receives, so a test can assert that a blocked prompt never arrived, and every event of
/// its last stream, so a test can compare the bytes a client received with the bytes the model sent.
/// </summary>
internal sealed class FakeModelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private readonly ConcurrentQueue<SentEvent> _sent = new();

    private FakeModelServer(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>What the model answers.</summary>
    public string Answer { get; set; } = "Pancakes need flour, milk, eggs and a hot pan.";

    /// <summary>
    /// Characters per streamed delta, used in turn: small by default, so words are split across deltas. Tests cut the
    /// answer unevenly too, so that a word or the stand-in marker falls across several events.
    /// </summary>
    public IReadOnlyList<int> DeltaLengths { get; set; } = [4];

    /// <summary>
    /// When set, a stream pauses before its last text delta until this completes (or 10 seconds pass), so a test can
    /// see what reached the client while the model had not finished.
    /// </summary>
    public TaskCompletionSource? PauseBeforeLastDelta { get; set; }

    /// <summary>Whether the last stream has sent its last text delta (it is past <see cref="PauseBeforeLastDelta"/>).</summary>
    public bool SentLastDelta { get; private set; }

    public IReadOnlyList<ReceivedRequest> Requests => [.. _requests];

    /// <summary>The events of the last stream, in order, as sent.</summary>
    public IReadOnlyList<SentEvent> SentEvents => [.. _sent];

    /// <summary>How long the model "thinks" after a request has been recorded, before it answers.</summary>
    public TimeSpan AnswerDelay { get; set; }

    /// <summary>When set, a streamed Responses answer's closing <c>response.completed</c> carries this text instead of the answer its deltas carried.</summary>
    public string? ResponsesCompletedText { get; set; }

    /// <summary>The image every image route answers with (as <c>b64_json</c>); a benign photo far from the test banks by default.</summary>
    public byte[] ImageAnswer { get; set; } = File.ReadAllBytes(TestBanks.UnknownImagePath);

    /// <summary>When set, every model route answers with this status and an OpenAI-shaped error instead.</summary>
    public int? FailWithStatus { get; set; }

    public static async Task<FakeModelServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeModelServer(app);
        app.Use(async (context, next) =>
        {
            if (server.FailWithStatus is { } status)
            {
                context.Response.StatusCode = status;
                await WriteJsonAsync(context, new JsonObject { ["error"] = new JsonObject { ["message"] = "The fake model failed on purpose.", ["type"] = "server_error" } });
                return;
            }

            await next(context);
        });
        app.MapPost("/v1/chat/completions", server.ChatCompletionsAsync);
        app.MapPost("/v1/messages", server.MessagesAsync);
        app.MapPost("/v1/completions", server.CompletionsAsync);
        app.MapPost("/v1/responses", server.ResponsesAsync);
        app.MapPost("/v1/images/generations", server.ImagesAsync);
        app.MapPost("/v1/images/edits", server.ImagesAsync);
        app.MapGet("/v1/models", () => Results.Json(new { @object = "list", data = new[] { new { id = "fake-model", @object = "model" } } }));
        await app.StartAsync();
        server.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ChatCompletionsAsync(HttpContext context)
    {
        var request = await RecordAsync(context);
        var model = request.Body["model"]?.GetValue<string>() ?? "fake-model";
        if (request.Body["stream"]?.GetValue<bool>() != true)
        {
            await WriteJsonAsync(context, new JsonObject
            {
                ["id"] = "chatcmpl-fake",
                ["object"] = "chat.completion",
                ["created"] = 1_700_000_000,
                ["model"] = model,
                ["choices"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = Answer },
                    ["finish_reason"] = "stop",
                }),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 5, ["completion_tokens"] = 9, ["total_tokens"] = 14 },
            });
            return;
        }

        JsonObject Chunk(JsonObject delta, string? finish) => new()
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = "chat.completion.chunk",
            ["created"] = 1_700_000_000,
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finish }),
        };

        StartStream(context);
        await WriteEventAsync(context, null, Chunk(new JsonObject { ["role"] = "assistant", ["content"] = string.Empty }, null).ToJsonString());
        await foreach (var (delta, start) in DeltasAsync(Answer))
        {
            await WriteEventAsync(context, null, Chunk(new JsonObject { ["content"] = delta }, null).ToJsonString(), start, delta.Length);
        }

        await WriteEventAsync(context, null, Chunk([], "stop").ToJsonString());
        // With stream_options.include_usage, the usage comes last in a chunk without choices.
        await WriteEventAsync(context, null, new JsonObject
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = "chat.completion.chunk",
            ["created"] = 1_700_000_000,
            ["model"] = model,
            ["choices"] = new JsonArray(),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 5, ["completion_tokens"] = 9, ["total_tokens"] = 14 },
        }.ToJsonString());
        await WriteEventAsync(context, null, "[DONE]");
    }

    private async Task MessagesAsync(HttpContext context)
    {
        var request = await RecordAsync(context);
        var model = request.Body["model"]?.GetValue<string>() ?? "fake-model";
        JsonObject Message(JsonArray content, string? stop) => new()
        {
            ["id"] = "msg_fake",
            ["type"] = "message",
            ["role"] = "assistant",
            ["model"] = model,
            ["content"] = content,
            ["stop_reason"] = stop,
            ["stop_sequence"] = null,
            ["usage"] = new JsonObject { ["input_tokens"] = 5, ["output_tokens"] = 9 },
        };

        if (request.Body["stream"]?.GetValue<bool>() != true)
        {
            await WriteJsonAsync(context, Message([new JsonObject { ["type"] = "text", ["text"] = Answer }], "end_turn"));
            return;
        }

        StartStream(context);
        await WriteEventAsync(context, "message_start", new JsonObject { ["type"] = "message_start", ["message"] = Message([], null) }.ToJsonString());
        await WriteEventAsync(context, "content_block_start", """{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}""");
        await WriteEventAsync(context, "ping", """{"type":"ping"}""");
        await foreach (var (delta, start) in DeltasAsync(Answer))
        {
            await WriteEventAsync(context, "content_block_delta", new JsonObject
            {
                ["type"] = "content_block_delta",
                ["index"] = 0,
                ["delta"] = new JsonObject { ["type"] = "text_delta", ["text"] = delta },
            }.ToJsonString(), start, delta.Length);
        }

        await WriteEventAsync(context, "content_block_stop", """{"type":"content_block_stop","index":0}""");
        await WriteEventAsync(context, "message_delta", """{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":9}}""");
        await WriteEventAsync(context, "message_stop", """{"type":"message_stop"}""");
    }

    private async Task CompletionsAsync(HttpContext context)
    {
        var request = await RecordAsync(context);
        var model = request.Body["model"]?.GetValue<string>() ?? "fake-model";
        JsonObject Completion(string text, string? finish) => new()
        {
            ["id"] = "cmpl-fake",
            ["object"] = "text_completion",
            ["created"] = 1_700_000_000,
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["text"] = text, ["logprobs"] = null, ["finish_reason"] = finish }),
        };

        if (request.Body["stream"]?.GetValue<bool>() != true)
        {
            var answer = Completion(Answer, "stop");
            answer["usage"] = new JsonObject { ["prompt_tokens"] = 5, ["completion_tokens"] = 9, ["total_tokens"] = 14 };
            await WriteJsonAsync(context, answer);
            return;
        }

        StartStream(context);
        await foreach (var (delta, start) in DeltasAsync(Answer))
        {
            await WriteEventAsync(context, null, Completion(delta, null).ToJsonString(), start, delta.Length);
        }

        await WriteEventAsync(context, null, Completion(string.Empty, "stop").ToJsonString());
        await WriteEventAsync(context, null, "[DONE]");
    }

    private async Task ResponsesAsync(HttpContext context)
    {
        var request = await RecordAsync(context);
        var model = request.Body["model"]?.GetValue<string>() ?? "fake-model";
        JsonObject Response(string status, JsonArray output) => new()
        {
            ["id"] = "resp_fake",
            ["object"] = "response",
            ["created_at"] = 1_700_000_000,
            ["status"] = status,
            ["error"] = null,
            ["incomplete_details"] = null,
            ["model"] = model,
            ["output"] = output,
            ["parallel_tool_calls"] = true,
            ["tool_choice"] = "auto",
            ["tools"] = new JsonArray(),
            ["usage"] = status == "completed"
                ? new JsonObject { ["input_tokens"] = 5, ["output_tokens"] = 9, ["total_tokens"] = 14 }
                : null,
        };
        JsonObject Part(string text) => new() { ["type"] = "output_text", ["text"] = text, ["annotations"] = new JsonArray() };
        JsonObject Message(string status, JsonArray content) => new()
        {
            ["type"] = "message",
            ["id"] = "msg_fake",
            ["status"] = status,
            ["role"] = "assistant",
            ["content"] = content,
        };

        if (request.Body["stream"]?.GetValue<bool>() != true)
        {
            await WriteJsonAsync(context, Response("completed", [Message("completed", [Part(Answer)])]));
            return;
        }

        var sequence = 0;
        Task Event(string type, JsonObject data, int start = 0, int length = 0)
        {
            var fields = new JsonObject { ["type"] = type, ["sequence_number"] = sequence++ };
            foreach (var (name, value) in data.ToList())
            {
                data.Remove(name);
                fields[name] = value;
            }

            return WriteEventAsync(context, type, fields.ToJsonString(), start, length);
        }

        StartStream(context);
        await Event("response.created", new JsonObject { ["response"] = Response("in_progress", []) });
        await Event("response.in_progress", new JsonObject { ["response"] = Response("in_progress", []) });
        await Event("response.output_item.added", new JsonObject { ["output_index"] = 0, ["item"] = Message("in_progress", []) });
        await Event("response.content_part.added", new JsonObject { ["item_id"] = "msg_fake", ["output_index"] = 0, ["content_index"] = 0, ["part"] = Part(string.Empty) });
        await foreach (var (delta, start) in DeltasAsync(Answer))
        {
            await Event("response.output_text.delta", new JsonObject { ["item_id"] = "msg_fake", ["output_index"] = 0, ["content_index"] = 0, ["delta"] = delta, ["logprobs"] = new JsonArray() }, start, delta.Length);
        }

        await Event("response.output_text.done", new JsonObject { ["item_id"] = "msg_fake", ["output_index"] = 0, ["content_index"] = 0, ["text"] = Answer, ["logprobs"] = new JsonArray() });
        await Event("response.content_part.done", new JsonObject { ["item_id"] = "msg_fake", ["output_index"] = 0, ["content_index"] = 0, ["part"] = Part(Answer) });
        await Event("response.output_item.done", new JsonObject { ["output_index"] = 0, ["item"] = Message("completed", [Part(Answer)]) });
        await Event("response.completed", new JsonObject { ["response"] = Response("completed", [Message("completed", [Part(ResponsesCompletedText ?? Answer)])]) });
    }

    /// <summary>Both image routes: the request is recorded (a multipart body as raw bytes), the answer is one inline image.</summary>
    private async Task ImagesAsync(HttpContext context)
    {
        if (context.Request.HasFormContentType)
        {
            using var raw = new MemoryStream();
            await context.Request.Body.CopyToAsync(raw, context.RequestAborted);
            _requests.Enqueue(new ReceivedRequest(context.Request.Path, [], context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase), raw.ToArray()));
        }
        else
        {
            await RecordAsync(context);
        }

        await WriteJsonAsync(context, new JsonObject
        {
            ["created"] = 1_700_000_000,
            ["data"] = new JsonArray(new JsonObject { ["b64_json"] = Convert.ToBase64String(ImageAnswer), ["revised_prompt"] = "a red bicycle" }),
        });
    }

    private async Task<ReceivedRequest> RecordAsync(HttpContext context)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted))!.AsObject();
        var request = new ReceivedRequest(context.Request.Path, body, context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase));
        _requests.Enqueue(request);
        await Task.Delay(AnswerDelay, context.RequestAborted);
        return request;
    }

    private void StartStream(HttpContext context)
    {
        _sent.Clear();
        SentLastDelta = false;
        context.Response.ContentType = "text/event-stream";
    }

    /// <summary>The answer's deltas with where each starts; the last one waits for <see cref="PauseBeforeLastDelta"/>.</summary>
    private async IAsyncEnumerable<(string Delta, int Start)> DeltasAsync(string text)
    {
        var lengths = DeltaLengths;
        var start = 0;
        for (var turn = 0; start < text.Length; turn++)
        {
            var length = Math.Min(lengths[turn % lengths.Count], text.Length - start);
            if (start + length == text.Length)
            {
                if (PauseBeforeLastDelta is { } pause)
                {
                    try
                    {
                        await pause.Task.WaitAsync(TimeSpan.FromSeconds(10));
                    }
                    catch (TimeoutException)
                    {
                        // The test asserts on what arrived meanwhile; the stream still ends.
                    }
                }

                SentLastDelta = true;
            }

            yield return (text.Substring(start, length), start);
            start += length;
        }
    }

    private static async Task WriteJsonAsync(HttpContext context, JsonObject body)
    {
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }

    private async Task WriteEventAsync(HttpContext context, string? type, string data, int textStart = 0, int textLength = 0)
    {
        var text = new StringBuilder();
        if (type is not null)
        {
            text.Append("event: ").Append(type).Append('\n');
        }

        text.Append("data: ").Append(data).Append("\n\n");
        _sent.Enqueue(new SentEvent(text.ToString(), textStart, textLength));
        await context.Response.WriteAsync(text.ToString());
        await context.Response.Body.FlushAsync();
    }

    /// <summary>One event as written, and the span of the answer's text it carries (length 0 for none).</summary>
    internal sealed record SentEvent(string Text, int TextStart, int TextLength);

    /// <param name="Raw">A body that is not JSON (multipart uploads), as received; null for JSON bodies.</param>
    internal sealed record ReceivedRequest(string Path, JsonObject Body, IReadOnlyDictionary<string, string> Headers, byte[]? Raw = null);
}
