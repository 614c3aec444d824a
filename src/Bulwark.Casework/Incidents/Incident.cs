namespace Bulwark.Casework.Incidents;

/// <summary>A recorded verdict that was not "allow", with the minimum evidence needed to review it.</summary>
public sealed class Incident
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>When the content was screened.</summary>
    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>The tenant, if known.</summary>
    public string? TenantId { get; set; }

    /// <summary>The tenant's id for the end user, if known.</summary>
    public string? ExternalUserId { get; set; }

    /// <summary>Where the content was met (<c>Prompt</c>, <c>Output</c> …, the name of <see cref="Bulwark.Detection.Policy.Surface"/>).</summary>
    public required string Surface { get; set; }

    /// <summary>The verdict's action (the name of <see cref="Bulwark.Detection.Policy.PolicyAction"/>).</summary>
    public required string Action { get; set; }

    /// <summary>The verdict's primary category, for listing and routing.</summary>
    public string? PrimaryCategory { get; set; }

    /// <summary>The policy's id.</summary>
    public required string PolicyId { get; set; }

    /// <summary>The policy's version.</summary>
    public required string PolicyVersion { get; set; }

    /// <summary>The policy's content hash.</summary>
    public required string PolicyHash { get; set; }

    /// <summary>How long screening took, in microseconds.</summary>
    public long ScreeningMicroseconds { get; set; }

    /// <summary>The gateway route, e.g. <c>/v1/chat/completions</c>.</summary>
    public string? Route { get; set; }

    /// <summary>The protocol, e.g. <c>openai</c> or <c>anthropic</c>.</summary>
    public string? Protocol { get; set; }

    /// <summary>The request id, to correlate with logs.</summary>
    public string? RequestId { get; set; }

    /// <summary>The vault item holding the screened content, if it was kept.</summary>
    public Guid? EvidenceId { get; set; }

    /// <summary>The categories the verdict scored, with their rules and spans.</summary>
    public List<IncidentFinding> Findings { get; } = [];
}
