using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Forwarder;

namespace Bulwark.Server.Gateway;

/// <summary>
/// YARP copies the request and the response headers; this transformer owns the answer's body and screens the assistant
/// text as model output before any of it reaches the client. A JSON answer is read whole, then written unchanged or
/// with withheld alternatives replaced by the protocol's refusal. An event stream is screened as it arrives and
/// released behind a hold-back window (<see cref="HoldBackBuffer"/>); a violation cuts it, ending it the protocol's way.
/// </summary>
internal sealed partial class AnswerScreeningTransformer(
    Screener screener,
    GatewayOptions options,
    IProtocolAdapter adapter,
    ProtocolRequest request,
    ContentSubject subject,
    RequestLocale locale,
    string? support,
    ILogger logger,
    UpstreamKey? upstreamKey = null,
    Action<Verdict, ReadOnlyMemory<byte>, string>? recordOutput = null,
    Action<string?, IReadOnlyList<string>>? released = null) : HttpTransformer
{
    public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
    {
        await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken).ConfigureAwait(false);

        // The answer must be read to be screened: ask for it uncompressed.
        proxyRequest.Headers.AcceptEncoding.Clear();
        upstreamKey?.Apply(proxyRequest);
    }

    public override async ValueTask<bool> TransformResponseAsync(HttpContext httpContext, HttpResponseMessage? proxyResponse, CancellationToken cancellationToken)
    {
        await base.TransformResponseAsync(httpContext, proxyResponse, cancellationToken).ConfigureAwait(false);

        // Upstream errors carry no model output; they pass through in the upstream's own protocol shape.
        if (proxyResponse is null || !proxyResponse.IsSuccessStatusCode)
        {
            return true;
        }

        if (proxyResponse.Content.Headers.ContentType?.MediaType == "text/event-stream")
        {
            if (adapter.ReadsStreams)
            {
                await StreamAsync(httpContext, proxyResponse).ConfigureAwait(false);
            }
            else
            {
                // A route whose streams the gateway cannot read (image generation) never releases one unscreened.
                httpContext.Response.StatusCode = StatusCodes.Status502BadGateway;
                httpContext.Response.ContentType = "application/json";
                httpContext.Response.ContentLength = null;
                await httpContext.Response.WriteAsync(adapter.Error(StatusCodes.Status502BadGateway, "The model server streamed an answer this gateway cannot screen, so it was withheld."), cancellationToken).ConfigureAwait(false);
            }

            return false;
        }

        var bytes = await proxyResponse.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        byte[] answer;
        try
        {
            answer = await ScreenAnswerAsync(httpContext, bytes, cancellationToken).ConfigureAwait(false);
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
        var refusesWithError = !adapter.AnswersRefusals || screener.Policy.Gateway.Refusal == RefusalStyle.Error;
        var texts = adapter.AnswerTexts(answer);
        var changed = false;
        for (var i = 0; i < texts.Count; i++)
        {
            if (await ScreenOutputAsync(httpContext, texts[i], cancellationToken).ConfigureAwait(false) is { } refusal)
            {
                if (refusesWithError)
                {
                    return RefuseWithError(httpContext, refusal);
                }

                adapter.ReplaceAnswer(answer, i, refusal);
                changed = true;
            }
        }

        // Generated images are matched against the banks as model output; an image answer has no text to carry a message.
        foreach (var image in adapter.AnswerImages(answer))
        {
            if (await ScreenOutputAsync(httpContext, Content.FromImage(image, Surface.Output, subject, locale.Requested), cancellationToken).ConfigureAwait(false) is { } refusal)
            {
                return RefuseWithError(httpContext, refusal);
            }
        }

        // Released whole: what a later request continuing this answer builds on (its id, its texts).
        if (!changed)
        {
            released?.Invoke(adapter.AnswerId(answer), texts);
        }

        if (support is not null && !changed)
        {
            adapter.AppendToAnswer(answer, support);
            changed = true;
        }

        return changed ? JsonSerializer.SerializeToUtf8Bytes(answer, JsonFields.Compact) : bytes;
    }

    private byte[] RefuseWithError(HttpContext httpContext, string refusal)
    {
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        httpContext.Response.ContentType = "application/json";
        return Encoding.UTF8.GetBytes(adapter.RefusalError(refusal));
    }

    /// <summary>
    /// Relays an event stream through a <see cref="HoldBackBuffer"/>: every event is parsed as it arrives, the answers'
    /// texts are screened whole as they grow, and events are written once the window behind them has passed. A
    /// violation writes the protocol's cut instead of anything still held and closes the upstream stream.
    /// </summary>
    private async Task StreamAsync(HttpContext httpContext, HttpResponseMessage proxyResponse)
    {
        var response = httpContext.Response;
        // What is written is decided here, event by event: the upstream's length, if it gave one, does not apply.
        response.ContentLength = null;
        var answer = adapter.ReadStream(request.Model);
        var held = new HoldBackBuffer(options.HoldBackChars);
        // The judge, if any, is asked again about a growing answer only when what it would be asked changed.
        var rulings = new Dictionary<int, JudgeRulings>();
        // YARP's activity timeout is not renewed by reads it does not make: the silence between events is timed here.
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted);
        idle.CancelAfter(options.UpstreamActivityTimeout);
        try
        {
            var body = await proxyResponse.Content.ReadAsStreamAsync(idle.Token).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                await foreach (var item in SseEventReader.ReadAsync(body, idle.Token).ConfigureAwait(false))
                {
                    idle.CancelAfter(options.UpstreamActivityTimeout);
                    held.Add(item, answer.Read(item));
                    if (!await ScreenAndReleaseAsync(httpContext, held, answer, rulings, ended: false).ConfigureAwait(false))
                    {
                        return;
                    }
                }
            }

            if (await ScreenAndReleaseAsync(httpContext, held, answer, rulings, ended: true).ConfigureAwait(false))
            {
                released?.Invoke(answer.AnswerId, [.. Enumerable.Range(0, held.Alternatives).Select(held.Text)]);
            }
        }
        catch (OperationCanceledException) when (httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client left; nothing more to send.
        }
        catch (Exception e) when (e is JsonException or FormatException or OperationCanceledException or IOException or HttpRequestException)
        {
            // An event that cannot be read cannot be screened, and a stream that broke cannot be finished: what is held
            // is never released. The exception's message is not logged; a parser's quotes the upstream's bytes.
            var timedOut = e is OperationCanceledException;
            LogStreamFailed(adapter.Name, e.GetType().Name);
            if (response.HasStarted)
            {
                httpContext.Abort();
                return;
            }

            var status = timedOut ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status502BadGateway;
            response.StatusCode = status;
            response.ContentType = "application/json";
            await response.WriteAsync(adapter.Error(status, "The model server's answer could not be read or did not finish, so it was withheld."), httpContext.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>Screens what is due and writes what may be released; false when the stream was cut.</summary>
    private async Task<bool> ScreenAndReleaseAsync(HttpContext httpContext, HoldBackBuffer held, IAnswerStream answer, Dictionary<int, JudgeRulings> rulings, bool ended)
    {
        var cancellationToken = httpContext.RequestAborted;
        var body = httpContext.Response.Body;
        foreach (var alternative in held.DueForScreening(ended))
        {
            var text = held.Text(alternative);
            // Each answer is screened again as it grows; only its last screen (or the one that cuts it) is its verdict.
            if (!rulings.TryGetValue(alternative, out var judged))
            {
                rulings[alternative] = judged = new JudgeRulings();
            }

            if (await ScreenOutputAsync(httpContext, text, cancellationToken, final: ended, judged).ConfigureAwait(false) is { } refusal)
            {
                var releasedChars = held.ReleasedChars(alternative);
                LogStreamCut(adapter.Name, releasedChars, text.Length);
                await body.WriteAsync(Encoding.UTF8.GetBytes(answer.Cut(refusal)), cancellationToken).ConfigureAwait(false);
                await body.FlushAsync(cancellationToken).ConfigureAwait(false);
                return false;
            }

            held.Screened(alternative, text.Length);
        }

        var released = held.Release(ended);
        foreach (var item in released)
        {
            // Support resources for someone asking for help go in as the answer's closing paragraph.
            var appendix = support is null ? null : answer.Appendix(item.Event, support);
            if (appendix is { } added)
            {
                await body.WriteAsync(Encoding.UTF8.GetBytes(added.Events), cancellationToken).ConfigureAwait(false);
            }

            answer.Released(item.Event, item.Texts);
            if (appendix is not { ReplacesEvent: true })
            {
                await body.WriteAsync(item.Event.Bytes, cancellationToken).ConfigureAwait(false);
            }
        }

        if (ended && support is not null && answer.Appendix(null, support) is { } closing)
        {
            await body.WriteAsync(Encoding.UTF8.GetBytes(closing.Events), cancellationToken).ConfigureAwait(false);
        }

        if (released.Count > 0)
        {
            await body.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>Screens one answer's text as model output; returns the text to show instead when it is withheld, else null.</summary>
    private Task<string?> ScreenOutputAsync(HttpContext httpContext, string text, CancellationToken cancellationToken, bool final = true, JudgeRulings? rulings = null) =>
        text.Length == 0 ? Task.FromResult<string?>(null) : ScreenOutputAsync(httpContext, Content.FromText(text, Surface.Output, subject, locale.Requested), cancellationToken, final, rulings);

    /// <summary>
    /// Screens one piece of model output; returns the text to show instead when it is withheld, else null. A screen that
    /// is not <c>final</c> (a stream's prefix) counts as a verdict only if it withholds.
    /// </summary>
    private async Task<string?> ScreenOutputAsync(HttpContext httpContext, Content content, CancellationToken cancellationToken, bool final = true, JudgeRulings? rulings = null)
    {
        var verdict = await screener.ScreenAsync(content, rulings, cancellationToken).ConfigureAwait(false);
        var decision = GatewayDecision.From(verdict);
        GatewayMetrics.Of(httpContext).Screened(httpContext, decision, verdict.Elapsed, screener.Policy, locale, request.AssistantTurns, countVerdict: final || decision.Withholds);
        if (!decision.Withholds)
        {
            return null;
        }

        LogWithheldOutput(adapter.Name, decision.HeaderValue, verdict.PolicyHash, verdict.Elapsed.TotalMilliseconds);
        recordOutput?.Invoke(
            verdict,
            content.Kind == ContentKind.Text ? Encoding.UTF8.GetBytes(content.Text!) : content.Bytes,
            content.Kind == ContentKind.Text ? ScreenedRoute.TextContentType : ScreenedRoute.ImageContentType);
        // A stream already under way has sent its headers; its cut says what happened instead.
        if (!httpContext.Response.HasStarted)
        {
            httpContext.Response.Headers[GatewayDecision.HeaderName] = decision.HeaderValue;
        }

        return decision.UserMessage(screener.Policy, options, locale.Value, request.AssistantTurns);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Withheld {Protocol} model output: {Decision} (policy {PolicyHash}, screened in {ElapsedMs} ms)")]
    private partial void LogWithheldOutput(string protocol, string decision, string policyHash, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cut a {Protocol} stream: {ReleasedChars} of {ScreenedChars} characters had been released")]
    private partial void LogStreamCut(string protocol, int releasedChars, int screenedChars);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Protocol} stream could not be relayed ({Failure}); what was held is withheld")]
    private partial void LogStreamFailed(string protocol, string failure);
}
