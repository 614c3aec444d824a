using Bulwark.Casework.Access;
using Bulwark.Casework.Enforcement;
using Bulwark.Casework.Incidents;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bulwark.Server.Gateway;

/// <summary>
/// The gateway's use of casework: who is calling (Bulwark keys), whether the end user may be served (standing),
/// what is recorded (incidents with encrypted evidence) and what a withheld solicitation does to the account (the
/// policy's ladder). Registered only when <see cref="GatewayOptions.Storage"/> is set.
/// </summary>
internal sealed partial class GatewayCasework(
    GatewayStorageOptions options,
    ApiKeyService keys,
    EnforcementService enforcement,
    IncidentWriter incidents,
    GatewayMetrics metrics,
    ILogger<GatewayCasework> logger)
{
    /// <summary>
    /// The caller, or null when the request must be refused with 401: a <c>bwk_</c> key that is unknown or revoked, or no
    /// Bulwark key where <see cref="GatewayStorageOptions.RequireApiKeys"/> says one is needed.
    /// </summary>
    public async Task<GatewayCaller?> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var presented = PresentedKey(request);
        if (presented is null || !presented.StartsWith(ApiKeyService.KeyPrefix, StringComparison.Ordinal))
        {
            return options.RequireApiKeys ? null : GatewayCaller.Anonymous;
        }

        var identity = await keys.AuthenticateAsync(presented, cancellationToken).ConfigureAwait(false);
        return identity is null ? null : new GatewayCaller(identity.TenantId, identity.Prefix, identity.UpstreamCredential);
    }

    /// <summary>The end user's standing; good for an unnamed user, who has no account to enforce against.</summary>
    public ValueTask<AccountStanding> StandingAsync(GatewayCaller caller, string? userId, CancellationToken cancellationToken) =>
        Account(caller, userId) is { } account ? enforcement.GetStandingAsync(account, cancellationToken) : ValueTask.FromResult(AccountStanding.Good);

    /// <summary>The upstream secret for <paramref name="caller"/>'s key, or null (the client's own key goes on, or none).</summary>
    /// <exception cref="InvalidOperationException">The key names a credential the configuration lacks.</exception>
    public string? UpstreamSecret(GatewayCaller caller) =>
        caller.UpstreamCredential is not { Length: > 0 } name ? null
        : options.UpstreamCredentials.TryGetValue(name, out var secret) ? secret
        : throw new InvalidOperationException($"No upstream credential named '{name}' is configured (Credentials:{name}).");

    /// <summary>
    /// Queues an incident for a verdict that withheld content, with <paramref name="content"/> (what was screened) as
    /// its evidence. Never blocks: a full queue is counted and logged, and the refusal stands.
    /// </summary>
    public void Record(Verdict verdict, GatewayCaller caller, string? userId, HttpContext context, string route, string protocol, ReadOnlyMemory<byte> content, string contentType)
    {
        var queued = incidents.TryEnqueue(new IncidentReport
        {
            Verdict = verdict,
            TenantId = caller.TenantId,
            ExternalUserId = userId,
            Route = route,
            Protocol = protocol,
            RequestId = context.TraceIdentifier,
            Content = content,
            ContentType = contentType,
        });
        metrics.Incident(queued);
        if (!queued)
        {
            LogIncidentDropped(route, verdict.PolicyHash);
        }
    }

    /// <summary>
    /// Applies the policy's ladder to a named end user whose request was withheld for a violation (not for a detector
    /// failure, and not for review only). An exact known-hash match may ban at once; a classifier never does.
    /// </summary>
    public async Task EnforceAsync(ScreeningPolicy policy, Verdict verdict, GatewayDecision decision, GatewayCaller caller, string? userId, HttpContext context)
    {
        if (!options.AutomatedEnforcement || Account(caller, userId) is not { } account || verdict.PrimaryCategory is not { } category
            || verdict.Action < PolicyAction.Block || decision.DetectorFailed || policy.Category(category).Kind != CategoryKind.Violation)
        {
            return;
        }

        var source = verdict.Findings.Any(finding => finding.Category == category && finding.Evidence.RuleId.StartsWith("exact-", StringComparison.Ordinal))
            ? ViolationSource.ExactKnownHashMatch
            : ViolationSource.Automated;
        try
        {
            var action = await enforcement.ApplyViolationAsync(policy, account, category, source, "gateway", context.TraceIdentifier, context.RequestAborted).ConfigureAwait(false);
            if (action is not null)
            {
                metrics.Enforcement(action.Kind.ToString().ToLowerInvariant(), category);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The refusal already stands; a failed write must not turn it into an error. The type only: no identities.
            LogEnforcementFailed(category, e.GetType().Name);
        }
    }

    /// <summary>The text shown to a refused end user: the measure and its statement of reasons.</summary>
    public static string RefusalMessage(AccountStanding standing) =>
        (standing.Kind == StandingKind.Banned
            ? "This account has been permanently suspended under this service's child-safety policy."
            : $"This account is suspended until {standing.Until:yyyy-MM-dd HH:mm} UTC under this service's child-safety policy.")
        + (standing.StatementOfReasons is { Length: > 0 } reasons ? " " + reasons : string.Empty);

    private static AccountRef? Account(GatewayCaller caller, string? userId) =>
        string.IsNullOrWhiteSpace(userId) ? null : new AccountRef(caller.TenantId, userId);

    /// <summary>The key a client presented: <c>Authorization: Bearer</c> (OpenAI), <c>x-api-key</c> (Anthropic) or <c>api-key</c> (Azure).</summary>
    internal static string? PresentedKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization[7..].Trim();
        }

        return request.Headers["x-api-key"].FirstOrDefault() ?? request.Headers["api-key"].FirstOrDefault();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The incident queue is full: an incident on {Route} (policy {PolicyHash}) was not recorded")]
    private partial void LogIncidentDropped(string route, string policyHash);

    [LoggerMessage(Level = LogLevel.Error, Message = "Enforcement for a withheld {Category} request failed ({Failure}); the request was refused")]
    private partial void LogEnforcementFailed(string category, string failure);
}
