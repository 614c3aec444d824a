using System.Text.Json.Serialization;

namespace Bulwark.Server.Gateway;

/// <summary>The body of <c>/readyz</c>: whether the gateway takes traffic, and under which policy.</summary>
/// <param name="Status"><c>ready</c> or <c>not_ready</c>.</param>
/// <param name="Policy">The policy's id.</param>
/// <param name="Version">The policy's version.</param>
/// <param name="PolicyHash">The hash of the policy's content, as recorded in verdicts.</param>
/// <param name="Reason">Why the gateway is not ready (<c>warming up</c>, a failed warm-up, <c>shutting down</c>); absent when ready.</param>
internal sealed record ReadinessReport(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("policy")] string Policy,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("policy_hash")] string PolicyHash,
    [property: JsonPropertyName("reason"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason = null);
