using System.Diagnostics.Metrics;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy.Forwarder;

namespace Bulwark.Server.Gateway;

/// <summary>
/// The gateway's instruments, on the meter <see cref="MeterName"/>; Prometheus scrapes them at <c>/metrics</c>. Every
/// label value comes from a small closed set (a route, a protocol, an outcome, a policy action, a policy category or
/// theme id, a surface, an error kind): never prompt or answer text, keys or user identities. The names are stable;
/// Gateway/README.md lists each with its labels.
/// </summary>
public sealed class GatewayMetrics
{
    /// <summary>The meter's name: what an OpenTelemetry pipeline subscribes to.</summary>
    public const string MeterName = "Bulwark.Gateway";

    /// <summary>Counter of requests to the screened routes by <c>route</c>, <c>protocol</c> and <c>outcome</c>.</summary>
    public const string RequestsName = "bulwark.gateway.requests";

    /// <summary>Counter of screening verdicts by <c>action</c>, <c>category</c> and <c>surface</c>.</summary>
    public const string VerdictsName = "bulwark.gateway.verdicts";

    /// <summary>Histogram of the time one screening took, in milliseconds, by <c>surface</c>.</summary>
    public const string ScreeningDurationName = "bulwark.gateway.screening.duration";

    /// <summary>Counter of failed upstream exchanges by <c>protocol</c> and <c>kind</c>.</summary>
    public const string UpstreamErrorsName = "bulwark.gateway.upstream.errors";

    /// <summary>Counter of prevention messages shown, by <c>category</c> and <c>theme</c>.</summary>
    public const string PreventionImpressionsName = "bulwark.gateway.prevention.impressions";

    /// <summary>Counter of requests carrying content the gateway cannot screen, by <c>protocol</c>, <c>kind</c> and <c>disposition</c>.</summary>
    public const string UnscreenedName = "bulwark.gateway.unscreened";

    /// <summary>Counter of incidents handed to the casework store, by <c>outcome</c> (<c>queued</c>, <c>dropped</c> when the queue is full).</summary>
    public const string IncidentsName = "bulwark.gateway.incidents";

    /// <summary>Counter of enforcement actions the gateway applied, by <c>kind</c> and <c>category</c>.</summary>
    public const string EnforcementName = "bulwark.gateway.enforcement.actions";

    /// <summary>Where a withheld answer is noted for the request's outcome.</summary>
    private static readonly object AnswerWithheldKey = new();

    private readonly Counter<long> _requests;
    private readonly Counter<long> _verdicts;
    private readonly Histogram<double> _screeningDuration;
    private readonly Counter<long> _upstreamErrors;
    private readonly Counter<long> _impressions;
    private readonly Counter<long> _unscreened;
    private readonly Counter<long> _incidents;
    private readonly Counter<long> _enforcement;

    internal GatewayMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _requests = meter.CreateCounter<long>(RequestsName, "{request}", "Requests to the screened model routes, by route, protocol and outcome.");
        _verdicts = meter.CreateCounter<long>(VerdictsName, "{verdict}", "Screening verdicts, by action, deciding policy category and surface.");
        _screeningDuration = meter.CreateHistogram(
            ScreeningDurationName,
            "ms",
            "Latency screening added: the time one screening of a prompt or answer took, by surface.",
            tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000] });
        _upstreamErrors = meter.CreateCounter<long>(UpstreamErrorsName, "{error}", "Upstream exchanges that failed, by protocol and kind (unreachable, timeout, 5xx, broken).");
        _unscreened = meter.CreateCounter<long>(UnscreenedName, "{request}", "Requests carrying content the gateway cannot screen (remote_image, unscreenable_part), refused or passed by the policy's gateway rules.");
        _incidents = meter.CreateCounter<long>(IncidentsName, "{incident}", "Incidents handed to the casework store: queued, or dropped because the queue was full.");
        _enforcement = meter.CreateCounter<long>(EnforcementName, "{action}", "Enforcement actions applied by the gateway on the policy's ladder, by kind and category.");
        _impressions = meter.CreateCounter<long>(PreventionImpressionsName, "{impression}", "Prevention messages shown, by policy category and message theme. Counts only.");
    }

    /// <summary>The metrics of the application serving <paramref name="context"/>.</summary>
    internal static GatewayMetrics Of(HttpContext context) => context.RequestServices.GetRequiredService<GatewayMetrics>();

    /// <summary>
    /// Records one screening: its verdict, its duration, and, when it withholds with a policy message, the message's
    /// theme as one impression. A withheld answer also marks the request's outcome. Without <c>countVerdict</c> (a
    /// screen that decides nothing yet: a stream's prefix that passed), only the duration is recorded.
    /// </summary>
    internal void Screened(HttpContext context, GatewayDecision decision, TimeSpan elapsed, ScreeningPolicy policy, RequestLocale locale, int rotation, bool countVerdict = true)
    {
        var surface = SurfaceName(decision.Surface);
        _screeningDuration.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("surface", surface));
        if (!countVerdict)
        {
            return;
        }

        _verdicts.Add(1, new("action", decision.ActionName), new("category", decision.Category ?? "none"), new("surface", surface));
        if (decision.Withholds && decision.Theme(policy, locale.Value, rotation) is { } theme)
        {
            _impressions.Add(1, new KeyValuePair<string, object?>("category", decision.Category), new("theme", theme));
        }

        if (decision.Withholds && decision.Surface == Surface.Output)
        {
            context.Items[AnswerWithheldKey] = true;
        }
    }

    /// <summary>Records one request to a screened route and how it ended.</summary>
    internal void Request(string route, string protocol, RequestOutcome outcome) =>
        _requests.Add(1, new("route", route), new("protocol", protocol), new("outcome", OutcomeName(outcome)));

    /// <summary>Records a request carrying content of <paramref name="kind"/> the gateway cannot screen, and whether it was refused.</summary>
    internal void Unscreened(string protocol, string kind, bool refused) =>
        _unscreened.Add(1, new KeyValuePair<string, object?>("protocol", protocol), new("kind", kind), new("disposition", refused ? "refused" : "passed"));

    /// <summary>Records an incident handed to the store, or dropped.</summary>
    internal void Incident(bool queued) => _incidents.Add(1, new KeyValuePair<string, object?>("outcome", queued ? "queued" : "dropped"));

    /// <summary>Records an enforcement action of <paramref name="kind"/> for <paramref name="category"/>.</summary>
    internal void Enforcement(string kind, string category) =>
        _enforcement.Add(1, new KeyValuePair<string, object?>("kind", kind), new("category", category));

    /// <summary>Records a failed upstream exchange.</summary>
    internal void UpstreamError(string protocol, UpstreamErrorKind kind) =>
        _upstreamErrors.Add(1, new KeyValuePair<string, object?>("protocol", protocol), new("kind", KindName(kind)));

    /// <summary>Whether an answer was withheld while serving <paramref name="context"/>.</summary>
    internal static bool AnswerWithheld(HttpContext context) => context.Items.ContainsKey(AnswerWithheldKey);

    /// <summary>The kind of a forwarding error that is the upstream's doing, or null when the client caused it.</summary>
    internal static UpstreamErrorKind? KindOf(ForwarderError error) => error switch
    {
        ForwarderError.None => null,
        ForwarderError.RequestTimedOut => UpstreamErrorKind.Timeout,
        ForwarderError.Request or ForwarderError.NoAvailableDestinations => UpstreamErrorKind.Unreachable,
        ForwarderError.RequestCanceled or ForwarderError.RequestBodyCanceled or ForwarderError.RequestBodyClient
            or ForwarderError.ResponseBodyCanceled or ForwarderError.ResponseBodyClient => null,
        _ => UpstreamErrorKind.Broken,
    };

    private static string SurfaceName(Surface surface) => surface.ToString().ToLowerInvariant();

    private static string OutcomeName(RequestOutcome outcome) => outcome switch
    {
        RequestOutcome.Forwarded => "forwarded",
        RequestOutcome.PromptWithheld => "prompt_withheld",
        RequestOutcome.AnswerWithheld => "answer_withheld",
        RequestOutcome.AnswerUnreadable => "answer_unreadable",
        RequestOutcome.UpstreamError => "upstream_error",
        RequestOutcome.BadRequest => "bad_request",
        RequestOutcome.Unscreenable => "unscreenable",
        RequestOutcome.Unauthorized => "unauthorized",
        RequestOutcome.AccountRefused => "account_refused",
        RequestOutcome.TooLarge => "too_large",
        RequestOutcome.MethodNotAllowed => "method_not_allowed",
        RequestOutcome.ClientAborted => "client_aborted",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };

    private static string KindName(UpstreamErrorKind kind) => kind switch
    {
        UpstreamErrorKind.Unreachable => "unreachable",
        UpstreamErrorKind.Timeout => "timeout",
        UpstreamErrorKind.ServerError => "5xx",
        UpstreamErrorKind.Broken => "broken",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind."),
    };
}
