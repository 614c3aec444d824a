using System.Buffers;
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
/// One screened model route: reads the request under the size limit, screens its conversation as a prompt, and either
/// answers with the protocol's own refusal (nothing is sent upstream) or forwards it through YARP with a transformer
/// that screens the answer before any of it reaches the client.
/// </summary>
internal sealed partial class ScreenedRoute(
    Screener screener,
    GatewayOptions options,
    IHttpForwarder forwarder,
    HttpMessageInvoker upstreamClient,
    GatewayMetrics metrics,
    ConversationMemory conversations,
    ILogger<ScreenedRoute> logger,
    GatewayCasework? casework = null)
{
    /// <summary>Serves one request on <paramref name="route"/> (the route's path, a metric label) and counts how it ended.</summary>
    public async Task HandleAsync(HttpContext context, IProtocolAdapter adapter, string route)
    {
        var outcome = RequestOutcome.ClientAborted;
        try
        {
            outcome = await ServeAsync(context, adapter, route).ConfigureAwait(false);
        }
        finally
        {
            metrics.Request(route, adapter.Name, outcome);
        }
    }

    private async Task<RequestOutcome> ServeAsync(HttpContext context, IProtocolAdapter adapter, string route)
    {
        var cancellationToken = context.RequestAborted;
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.Headers.Allow = HttpMethods.Post;
            await WriteErrorAsync(context, adapter, StatusCodes.Status405MethodNotAllowed, "Only POST is supported on this route.").ConfigureAwait(false);
            return RequestOutcome.MethodNotAllowed;
        }

        // The key is checked before the body is read: an unauthenticated client cannot make the gateway read a megabyte.
        var caller = GatewayCaller.Anonymous;
        string? upstreamSecret = null;
        if (casework is not null)
        {
            if (await casework.AuthenticateAsync(context.Request, cancellationToken).ConfigureAwait(false) is not { } authenticated)
            {
                await WriteErrorAsync(context, adapter, StatusCodes.Status401Unauthorized, "A valid Bulwark API key is required: send it as 'Authorization: Bearer bwk_...' or 'x-api-key: bwk_...'.").ConfigureAwait(false);
                return RequestOutcome.Unauthorized;
            }

            caller = authenticated;
            try
            {
                upstreamSecret = casework.UpstreamSecret(caller);
            }
            catch (InvalidOperationException e)
            {
                LogMissingCredential(e.Message);
                await WriteErrorAsync(context, adapter, StatusCodes.Status500InternalServerError, "This gateway has no upstream credential configured for this API key.").ConfigureAwait(false);
                return RequestOutcome.UpstreamError;
            }
        }

        var body = await ReadBoundedAsync(context.Request, options.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            await WriteErrorAsync(context, adapter, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than this gateway's limit of {options.MaxRequestBodyBytes} bytes.").ConfigureAwait(false);
            return RequestOutcome.TooLarge;
        }

        ProtocolRequest request;
        try
        {
            request = adapter.ReadRequest(body, context.Request.ContentType);
        }
        catch (JsonException)
        {
            // The parser's message quotes the offending bytes; the client gets a fixed one.
            await WriteErrorAsync(context, adapter, StatusCodes.Status400BadRequest, "The request body is not valid JSON.").ConfigureAwait(false);
            return RequestOutcome.BadRequest;
        }
        catch (ProtocolRequestException e)
        {
            await WriteErrorAsync(context, adapter, StatusCodes.Status400BadRequest, e.Message).ConfigureAwait(false);
            return RequestOutcome.BadRequest;
        }

        // Without Accept-Language, the message is in the language the user last wrote in, if it can be told.
        var locale = new RequestLocale(context.Request, request.Turns);
        var userId = context.Request.Headers["X-Bulwark-User"].FirstOrDefault() ?? request.UserId;
        var subject = new ContentSubject(UserId: userId);
        if (casework is not null && await casework.StandingAsync(caller, userId, cancellationToken).ConfigureAwait(false) is { IsRefused: true } standing)
        {
            // Refused before anything is screened or forwarded, with the measure and its reasons.
            context.Response.Headers[GatewayDecision.HeaderName] = standing.Kind == Bulwark.Casework.Enforcement.StandingKind.Banned
                ? "refuse; reason=account_banned"
                : "refuse; reason=account_suspended";
            await WriteErrorAsync(context, adapter, StatusCodes.Status403Forbidden, GatewayCasework.RefusalMessage(standing)).ConfigureAwait(false);
            return RequestOutcome.AccountRefused;
        }

        // Turns the upstream keeps (a continued response or conversation) are screened from what this gateway saw of them.
        var history = conversations.Recall(caller.TenantId, request, out var unseenHistory);
        if (unseenHistory)
        {
            metrics.Unscreened(adapter.Name, "stored_history", refused: false);
        }

        var prompt = Content.FromConversation(history.Count == 0 ? request.Turns : [.. history, .. request.Turns], Surface.Prompt, subject, locale.Requested);
        var verdict = await screener.ScreenAsync(prompt, cancellationToken).ConfigureAwait(false);
        var decision = GatewayDecision.From(verdict);
        metrics.Screened(context, decision, verdict.Elapsed, screener.Policy, locale, request.AssistantTurns);
        context.Response.Headers[GatewayDecision.HeaderName] = decision.HeaderValue;
        if (decision.Withholds)
        {
            if (casework is not null)
            {
                casework.Record(verdict, caller, userId, context, route, adapter.Name, Encoding.UTF8.GetBytes(prompt.Text!), TextContentType);
                await casework.EnforceAsync(screener.Policy, verdict, decision, caller, userId, context).ConfigureAwait(false);
            }

            await RefuseAsync(context, adapter, request, verdict, decision, locale).ConfigureAwait(false);
            return RequestOutcome.PromptWithheld;
        }

        if (Unscreenable(request.Parts, screener.Policy.Gateway, adapter.Name) is { } refusal)
        {
            await WriteErrorAsync(context, adapter, StatusCodes.Status400BadRequest, refusal).ConfigureAwait(false);
            return RequestOutcome.Unscreenable;
        }

        // Images are screened after the text: a soliciting prompt gets its prevention message whatever it carries.
        foreach (var image in request.Parts.Images)
        {
            var imageVerdict = await screener.ScreenAsync(Content.FromImage(image, Surface.Upload, subject, locale.Requested), cancellationToken).ConfigureAwait(false);
            var imageDecision = GatewayDecision.From(imageVerdict);
            metrics.Screened(context, imageDecision, imageVerdict.Elapsed, screener.Policy, locale, request.AssistantTurns);
            if (imageDecision.Withholds)
            {
                if (casework is not null)
                {
                    casework.Record(imageVerdict, caller, userId, context, route, adapter.Name, image, ImageContentType);
                    await casework.EnforceAsync(screener.Policy, imageVerdict, imageDecision, caller, userId, context).ConfigureAwait(false);
                }

                context.Response.Headers[GatewayDecision.HeaderName] = imageDecision.HeaderValue;
                await RefuseAsync(context, adapter, request, imageVerdict, imageDecision, locale).ConfigureAwait(false);
                return RequestOutcome.PromptWithheld;
            }
        }

        // A victim asking for help is never refused: the request goes on, and the answer carries the support resources.
        var support = verdict.Action == PolicyAction.Support ? decision.UserMessage(screener.Policy, options, locale.Value, request.AssistantTurns) : null;
        context.Request.Body = new MemoryStream(body, writable: false);
        context.Request.ContentLength = body.Length;
        Action<Verdict, ReadOnlyMemory<byte>, string>? recordOutput = casework is null
            ? null
            : (outputVerdict, content, contentType) => casework.Record(outputVerdict, caller, userId, context, route, adapter.Name, content, contentType);
        var upstreamKey = new UpstreamKey(caller.HasBulwarkKey, upstreamSecret, adapter.Name == "anthropic" ? UpstreamKey.AnthropicHeader : UpstreamKey.BearerHeader);
        var transformer = new UpstreamStatusObserver(new AnswerScreeningTransformer(
            screener, options, adapter, request, subject, locale, support, logger, upstreamKey, recordOutput,
            request.KeptUpstream ? (answerId, answers) => conversations.Remember(caller.TenantId, request, history, answerId, answers) : null));
        var error = await forwarder.SendAsync(
            context,
            options.UpstreamFor(route).GetLeftPart(UriPartial.Path).TrimEnd('/'),
            upstreamClient,
            new ForwarderRequestConfig { ActivityTimeout = options.UpstreamActivityTimeout },
            transformer).ConfigureAwait(false);
        if (error != ForwarderError.None)
        {
            LogUpstreamFailed(adapter.Name, error);
            if (GatewayMetrics.KindOf(error) is not { } kind)
            {
                return RequestOutcome.ClientAborted;
            }

            metrics.UpstreamError(adapter.Name, kind);
            if (!context.Response.HasStarted)
            {
                var status = error == ForwarderError.RequestTimedOut ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status502BadGateway;
                context.Response.Clear();
                context.Response.Headers[GatewayDecision.HeaderName] = decision.HeaderValue;
                await WriteErrorAsync(context, adapter, status, "The model server could not be reached or failed to answer.").ConfigureAwait(false);
            }

            return RequestOutcome.UpstreamError;
        }

        if (transformer.UpstreamStatus >= StatusCodes.Status500InternalServerError)
        {
            metrics.UpstreamError(adapter.Name, UpstreamErrorKind.ServerError);
            return RequestOutcome.UpstreamError;
        }

        // The screening transformer answers 502 in place of a successful answer it could not read.
        return GatewayMetrics.AnswerWithheld(context) ? RequestOutcome.AnswerWithheld
            : transformer.UpstreamStatus is >= 200 and < 300 && context.Response.StatusCode == StatusCodes.Status502BadGateway ? RequestOutcome.AnswerUnreadable
            : RequestOutcome.Forwarded;
    }

    /// <summary>
    /// Answers a withheld request without forwarding it: the protocol's filtered answer carrying the prevention
    /// message, or, when the policy asks for errors or the route has no text answer (images), a 400 carrying it.
    /// </summary>
    private async Task RefuseAsync(HttpContext context, IProtocolAdapter adapter, ProtocolRequest request, Verdict verdict, GatewayDecision decision, RequestLocale locale)
    {
        LogWithheld(adapter.Name, decision.HeaderValue, verdict.PolicyHash, verdict.Elapsed.TotalMilliseconds);
        var text = decision.UserMessage(screener.Policy, options, locale.Value, request.AssistantTurns);
        if (screener.Policy.Gateway.Refusal == RefusalStyle.Error || !adapter.AnswersRefusals)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(adapter.RefusalError(text), context.RequestAborted).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = request.Stream ? "text/event-stream; charset=utf-8" : "application/json";
        await context.Response.WriteAsync(adapter.Refusal(request.Model, text, request.Stream), context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// Why the request cannot be forwarded under the policy's gateway rules, or null when it can; counts content that
    /// cannot be screened either way.
    /// </summary>
    private string? Unscreenable(RequestMedia media, GatewayRules rules, string protocol)
    {
        if (media.RemoteImages > 0)
        {
            var refused = rules.RemoteImages == UnscreenedContentRule.Refuse;
            metrics.Unscreened(protocol, "remote_image", refused);
            if (refused)
            {
                return "This gateway does not fetch images given by URL or file id, so it cannot screen them. Send images inline as base64 data (a data: URL).";
            }
        }

        if (media.UnscreenableParts > 0)
        {
            var refused = rules.UnscreenableParts == UnscreenedContentRule.Refuse;
            metrics.Unscreened(protocol, "unscreenable_part", refused);
            if (refused)
            {
                return "This request has parts this gateway cannot screen (parts with neither text nor an inline image, such as audio or files), so it was not sent.";
            }
        }

        return null;
    }

    internal static async Task WriteErrorAsync(HttpContext context, IProtocolAdapter adapter, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(adapter.Error(status, message), context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The body, or null when it is larger than <paramref name="limit"/> (checked before reading when the length is declared).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared)
        {
            if (declared > limit)
            {
                return null;
            }

            // The usual case: read straight into an array of the declared size (the server stops the body there).
            var body = new byte[declared];
            var filled = 0;
            int read;
            while (filled < body.Length && (read = await request.Body.ReadAsync(body.AsMemory(filled), cancellationToken).ConfigureAwait(false)) > 0)
            {
                filled += read;
            }

            return filled == body.Length ? body : body[..filled];
        }

        // Chunked: a pooled buffer, doubled as needed, never beyond the limit.
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(limit + 1, buffer.Length * 2L));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return buffer.AsSpan(0, length).ToArray();
                }

                length += read;
                if (length > limit)
                {
                    return null;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Withheld a {Protocol} prompt: {Decision} (policy {PolicyHash}, screened in {ElapsedMs} ms)")]
    private partial void LogWithheld(string protocol, string decision, string policyHash, double elapsedMs);

    /// <summary>The media type evidence text is stored with.</summary>
    internal const string TextContentType = "text/plain; charset=utf-8";

    /// <summary>Images are stored as sent; their format is in their bytes.</summary>
    internal const string ImageContentType = "application/octet-stream";

    [LoggerMessage(Level = LogLevel.Error, Message = "Refused a request: {Problem}")]
    private partial void LogMissingCredential(string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The upstream failed a {Protocol} request: {Error}")]
    private partial void LogUpstreamFailed(string protocol, ForwarderError error);
}
