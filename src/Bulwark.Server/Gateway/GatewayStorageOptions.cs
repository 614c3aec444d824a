using Bulwark.Casework.Evidence;
using Bulwark.Casework.Storage;
using Bulwark.Server.Reporting;

namespace Bulwark.Server.Gateway;

/// <summary>
/// Where the gateway keeps incidents, evidence, accounts and keys, and how it uses them. Without it
/// (<see cref="GatewayOptions.Storage"/> null) the gateway screens and refuses but records nothing and enforces nothing.
/// </summary>
public sealed class GatewayStorageOptions
{
    /// <summary>The casework database (SQLite file by default, or PostgreSQL).</summary>
    public CaseworkStorageOptions Database { get; init; } = new();

    /// <summary>The evidence vault's master keys. Required: evidence is never stored unencrypted.</summary>
    public required MasterKeyRing EvidenceKeys { get; init; }

    /// <summary>
    /// Whether every request must carry a Bulwark-issued API key (<c>bwk_…</c> as <c>Authorization: Bearer</c> or
    /// <c>x-api-key</c>); requests without one get 401. When false, clients may also present their own upstream key,
    /// forwarded unchanged, and are the <see cref="GatewayCaller.DefaultTenant"/> tenant.
    /// </summary>
    public bool RequireApiKeys { get; init; }

    /// <summary>
    /// Upstream API keys by credential name: a Bulwark key names one, and the gateway sends that secret upstream in place
    /// of the client's key (OpenAI routes as <c>Authorization: Bearer</c>, Anthropic's as <c>x-api-key</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> UpstreamCredentials { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Whether a withheld solicitation by a named end user climbs the policy's enforcement ladder (strikes, then
    /// suspensions). Never an immediate ban on a classifier's word: only exact known-hash matches may ban at once.
    /// </summary>
    public bool AutomatedEnforcement { get; init; } = true;

    /// <summary>How often expired, unheld evidence is purged (also once shortly after start). Default six hours.</summary>
    public TimeSpan PurgeInterval { get; init; } = TimeSpan.FromHours(6);

    /// <summary>
    /// NCMEC CyberTipline reporting from the console (credentials, schema, reporter, outbox database); null leaves it off,
    /// and the console says so on cases decided violating.
    /// </summary>
    public CaseReportingOptions? Reporting { get; init; }
}
