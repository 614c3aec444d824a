namespace Bulwark.Server.Gateway;

/// <summary>How the guardrail gateway is set up: where the model server is, what passes unscreened, and limits.</summary>
public sealed class GatewayOptions
{
    /// <summary>One mebibyte: the default request body limit.</summary>
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    /// <summary>Thirty seconds: the default <see cref="ShutdownTimeout"/>.</summary>
    public static readonly TimeSpan DefaultShutdownTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// 200 characters: the default hold-back window, longer than the text classifier's 150-character reach between
    /// two cues that belong together, so text that could still combine with what follows into a violation is held.
    /// </summary>
    public const int DefaultHoldBackChars = 200;

    /// <summary>The default of <see cref="ConversationMemoryChars"/>: about 32 MB of text.</summary>
    public const long DefaultConversationMemoryChars = 16_000_000;

    /// <summary>
    /// The model server's root (e.g. <c>http://127.0.0.1:8000</c>). The client's path is appended unchanged, so a client
    /// calling <c>/v1/chat/completions</c> reaches <c>{Upstream}/v1/chat/completions</c>; do not include <c>/v1</c> here.
    /// </summary>
    public required Uri Upstream { get; init; }

    /// <summary>
    /// Upstreams for particular screened routes, by route path (see <see cref="GatewayRoutes.Paths"/>), e.g.
    /// <c>/v1/messages</c> → <c>https://api.anthropic.com</c> while every other route goes to <see cref="Upstream"/>.
    /// </summary>
    public IReadOnlyDictionary<string, Uri> RouteUpstreams { get; init; } = new Dictionary<string, Uri>();

    /// <summary>The upstream serving <paramref name="routePath"/>.</summary>
    public Uri UpstreamFor(string routePath) => RouteUpstreams.TryGetValue(routePath, out var upstream) ? upstream : Upstream;

    /// <summary>
    /// Incidents, evidence, accounts and keys; null runs the gateway without storage: it screens and refuses, but
    /// records no incident, enforces nothing and accepts no Bulwark-issued keys.
    /// </summary>
    public GatewayStorageOptions? Storage { get; init; }

    /// <summary>
    /// Whether paths other than the screened routes are forwarded to the upstream unchanged. Off by default: an
    /// unknown path gets 404, so a route the gateway does not understand can never carry unscreened content.
    /// </summary>
    public bool AllowPassthrough { get; init; }

    /// <summary>Largest request body accepted on a screened route, in bytes; larger bodies get 413.</summary>
    public long MaxRequestBodyBytes { get; init; } = DefaultMaxRequestBodyBytes;

    /// <summary>How long the upstream may stay silent (no headers, no body bytes) before the request fails with 504.</summary>
    public TimeSpan UpstreamActivityTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// How many characters of screened assistant text a streamed answer keeps behind each released event. An event is
    /// released only once its text has been screened as part of the whole answer so far and this many later characters
    /// have been screened too (or the stream ended and the whole answer passed). A violation therefore never reaches the
    /// client, but up to this many characters of the text just before it may. Larger windows hold more context back
    /// and delay the first token by as many characters of generation; 0 releases text as soon as it is screened.
    /// </summary>
    public int HoldBackChars { get; init; } = DefaultHoldBackChars;

    /// <summary>
    /// How many characters of conversations kept upstream (the Responses API's <c>previous_response_id</c> and
    /// <c>conversation</c>) the gateway remembers, all conversations together, so that a continuation is screened with
    /// its earlier turns (<see cref="ConversationMemory"/>); 0 turns the memory off. Default 16 million characters.
    /// </summary>
    public long ConversationMemoryChars { get; init; } = DefaultConversationMemoryChars;

    /// <summary>How long a remembered conversation is kept after it was last continued. Default one hour.</summary>
    public TimeSpan ConversationMemoryIdle { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a stopping gateway waits for in-flight requests and streams to finish before it aborts them: the host's
    /// shutdown timeout. Once stopping, <c>/readyz</c> answers 503 and no new connections are accepted.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; init; } = DefaultShutdownTimeout;

    /// <summary>
    /// Shown instead of a prevention message when the request or answer was withheld because a detector failed (the
    /// gateway fails closed) rather than because something was found.
    /// </summary>
    public string UnavailableMessage { get; init; } =
        "This request could not be checked for safety right now, so it was not sent. Please try again later.";

    /// <summary>Shown when the deciding category names no message set in the policy.</summary>
    public string GenericRefusalMessage { get; init; } = "This request was refused under this service's child-safety policy.";

    /// <summary>Checks the options, naming the first problem.</summary>
    /// <exception cref="ArgumentException">An option is missing or out of range.</exception>
    public void Validate()
    {
        ValidateUpstream(Upstream, "The upstream");
        foreach (var (path, upstream) in RouteUpstreams)
        {
            if (!GatewayRoutes.Paths.Values.Contains(path, StringComparer.Ordinal))
            {
                throw new ArgumentException($"'{path}' is not a screened route; routes are {string.Join(", ", GatewayRoutes.Paths.Values)}.", nameof(RouteUpstreams));
            }

            ValidateUpstream(upstream, $"The upstream of {path}");
        }

        if (MaxRequestBodyBytes <= 0)
        {
            throw new ArgumentException($"The request body limit must be positive, not {MaxRequestBodyBytes}.", nameof(MaxRequestBodyBytes));
        }

        if (UpstreamActivityTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"The upstream timeout must be positive, not {UpstreamActivityTimeout}.", nameof(UpstreamActivityTimeout));
        }

        if (Storage is { PurgeInterval: var purge } && purge <= TimeSpan.Zero)
        {
            throw new ArgumentException($"The evidence purge interval must be positive, not {purge}.", nameof(Storage));
        }

        if (HoldBackChars < 0)
        {
            throw new ArgumentException($"The hold-back window must be zero or more characters, not {HoldBackChars}.", nameof(HoldBackChars));
        }

        if (ConversationMemoryChars < 0 || ConversationMemoryIdle <= TimeSpan.Zero)
        {
            throw new ArgumentException("The conversation memory must be zero or more characters, kept for a positive time.", nameof(ConversationMemoryChars));
        }

        if (ShutdownTimeout < TimeSpan.Zero)
        {
            throw new ArgumentException($"The shutdown timeout must not be negative, not {ShutdownTimeout}.", nameof(ShutdownTimeout));
        }

        if (string.IsNullOrWhiteSpace(UnavailableMessage) || string.IsNullOrWhiteSpace(GenericRefusalMessage))
        {
            throw new ArgumentException("The unavailable and generic refusal messages must not be empty.");
        }
    }

    private static void ValidateUpstream(Uri? upstream, string what)
    {
        if (upstream is null || !upstream.IsAbsoluteUri || (upstream.Scheme != Uri.UriSchemeHttp && upstream.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"{what} must be an absolute http or https address, not '{upstream}'.", nameof(upstream));
        }

        if (!string.IsNullOrEmpty(upstream.Query) || !string.IsNullOrEmpty(upstream.Fragment))
        {
            throw new ArgumentException($"{what} '{upstream}' must not have a query or fragment.", nameof(upstream));
        }
    }
}
