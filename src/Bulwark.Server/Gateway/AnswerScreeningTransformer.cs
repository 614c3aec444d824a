using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Forwarder;

namespace Bulwark.Server.Gateway;

/// <summary>
/// YARP copies the request and the response headers; this transformer owns the answer's body. It reads the whole
/// answer (a JSON body, or every event of a stream), screens the assistant text as model output, and writes either the
/// upstream's bytes unchanged or the protocol's refusal. Nothing of the answer reaches the client before it is screened.
/// </summary>
/// <remarks>
/// Streams are buffered whole before the first byte is released: correct first, fast later. The incremental hold-back
/// window (release text once a window behind it has been screened) is the next step; see Gateway/README.md.
/// </remarks>
internal sealed class AnswerScreeningTransformer(
    Screener screener,
    GatewayOptions options,
    IProtocolAdapter adapter,
    ProtocolRequest request,
    ContentSubject subject,
    string? locale,
    string? support) : HttpTransformer
{
    public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
    {
        await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken).ConfigureAwait(false);

        // The answer must be read to be screened: ask for it uncompressed.
        proxyRequest.Headers.AcceptEncoding.Clear();
    }

    public override async ValueTask<bool> TransformResponseAsync(HttpContext httpContext, HttpResponseMessage? proxyResponse, CancellationToken cancellationToken)
    {
        await base.TransformResponseAsync(httpContext, proxyResponse, cancellationToken).ConfigureAwait(false);

        // Upstream errors carry no model output; they pass through in the upstream's own protocol shape.
        if (proxyResponse is null || !proxyResponse.IsSuccessStatusCode)
        {
            return true;
        }

        var bytes = await proxyResponse.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var stream = proxyResponse.Content.Headers.ContentType?.MediaType == "text/event-stream";
        byte[] answer;
        try
        {
            answer = stream
                ? await ScreenStreamAsync(httpContext, bytes, cancellationToken).ConfigureAwait(false)
                : await ScreenAnswerAsync(httpContext, bytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            // An answer that cannot be read cannot be screened, so it is not released.
            httpContext.Response.StatusCode = StatusCodes.Status502BadGateway;
            httpContext.Response.ContentType = "application/json";
            answer = Encoding.UTF8.GetBytes(adapter.Error(StatusCodes.Status502BadGateway, "The model server's answer could not be read, so it was withheld."));
        }

        httpContext.Response.ContentLength = answer.Length;
        await httpContext.Response.Body.WriteAsync(answer, cancellationToken).ConfigureAwait(false);
        return false;
    }

    private async Task<byte[]> ScreenAnswerAsync(HttpContext httpContext, byte[] bytes, CancellationToken cancellationToken)
    {
        var answer = JsonNode.Parse(bytes) ?? throw new FormatException("The upstream's answer is null.");
        var texts = adapter.AnswerTexts(answer);
        var changed = false;
        for (var i = 0; i < texts.Count; i++)
        {
            if (await ScreenOutputAsync(httpContext, texts[i], cancellationToken).ConfigureAwait(false) is { } refusal)
            {
                adapter.ReplaceAnswer(answer, i, refusal);
                changed = true;
            }
        }

        if (support is not null && !changed)
        {
            adapter.AppendToAnswer(answer, support);
            changed = true;
        }

        return changed ? JsonSerializer.SerializeToUtf8Bytes(answer, JsonFields.Compact) : bytes;
    }

    private async Task<byte[]> ScreenStreamAsync(HttpContext httpContext, byte[] bytes, CancellationToken cancellationToken)
    {
        var events = new List<SseItem<string>>();
        await foreach (var item in SseParser.Create(new MemoryStream(bytes, writable: false)).EnumerateAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(item);
        }

        foreach (var text in adapter.StreamedTexts(events))
        {
            if (await ScreenOutputAsync(httpContext, text, cancellationToken).ConfigureAwait(false) is { } refusal)
            {
                // Nothing of the upstream's stream is released: the client gets a whole stream that ends filtered.
                return Encoding.UTF8.GetBytes(adapter.Refusal(request.Model, refusal, stream: true));
            }
        }

        return bytes;
    }

    /// <summary>Screens one answer's text as model output; returns the text to show instead when it is withheld, else null.</summary>
    private async Task<string?> ScreenOutputAsync(HttpContext httpContext, string text, CancellationToken cancellationToken)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var verdict = await screener.ScreenAsync(Content.FromText(text, Surface.Output, subject, locale), cancellationToken).ConfigureAwait(false);
        var decision = GatewayDecision.From(verdict);
        GatewayMetrics.Of(httpContext).Screened(httpContext, decision, verdict.Elapsed, screener.Policy, locale, request.AssistantTurns);
        if (!decision.Withholds)
        {
            return null;
        }

        httpContext.Response.Headers[GatewayDecision.HeaderName] = decision.HeaderValue;
        return decision.UserMessage(screener.Policy, options, locale, request.AssistantTurns);
    }
}
