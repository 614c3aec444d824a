using Bulwark.Detection.Screening;

namespace Bulwark.Casework.Incidents;

/// <summary>What the gateway knows about a verdict it wants recorded.</summary>
public sealed record IncidentReport
{
    /// <summary>The verdict (categories, scores, findings with rule ids and spans, policy, latency).</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>When the content was screened; the recorder's clock when null.</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>The tenant, if known.</summary>
    public string? TenantId { get; init; }

    /// <summary>The tenant's id for the end user, if known.</summary>
    public string? ExternalUserId { get; init; }

    /// <summary>The gateway route, e.g. <c>/v1/chat/completions</c>.</summary>
    public string? Route { get; init; }

    /// <summary>The protocol, e.g. <c>openai</c> or <c>anthropic</c>.</summary>
    public string? Protocol { get; init; }

    /// <summary>The request id.</summary>
    public string? RequestId { get; init; }

    /// <summary>
    /// The screened content to keep as evidence (encrypted in the vault), or empty to keep none. Pass only what was
    /// screened (minimum evidence): the violating message or output, not the whole conversation history.
    /// </summary>
    public ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>The content's media type; <c>text/plain; charset=utf-8</c> by default.</summary>
    public string ContentType { get; init; } = "text/plain; charset=utf-8";
}
