namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The report's <c>incidentSummary</c>: its type and time are the only data NCMEC requires.</summary>
public sealed record IncidentSummary
{
    public required IncidentType Type { get; init; }

    /// <summary>The product or service where the incident happened (free text).</summary>
    public string? Platform { get; init; }

    /// <summary>Why NCMEC should treat the report as urgent (e.g. a child in imminent danger); null when it is not.</summary>
    public string? EscalateToHighPriority { get; init; }

    public ReportAnnotations Annotations { get; init; }

    /// <summary>When the incident happened; must be in the past.</summary>
    public required DateTimeOffset IncidentDateTime { get; init; }

    public string? IncidentDateTimeDescription { get; init; }
}
