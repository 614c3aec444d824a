namespace Bulwark.Casework.Incidents;

/// <summary>One finding of an incident: a category, its score, the rule that fired and where (offsets only, never text).</summary>
public sealed class IncidentFinding
{
    /// <summary>The row's id.</summary>
    public long Id { get; set; }

    /// <summary>The incident.</summary>
    public Guid IncidentId { get; set; }

    /// <summary>The category id.</summary>
    public required string Category { get; set; }

    /// <summary>The score, 0..1.</summary>
    public double Score { get; set; }

    /// <summary>The action the category took on its own.</summary>
    public required string Action { get; set; }

    /// <summary>The rule or signal id that produced it; null for a category outcome with no finding (e.g. a failed detector).</summary>
    public string? RuleId { get; set; }

    /// <summary>The detector that produced it.</summary>
    public string? Detector { get; set; }

    /// <summary>Evidence spans as <c>start:length</c> pairs separated by commas (UTF-16 offsets into the screened text).</summary>
    public string? Spans { get; set; }

    /// <summary>For hash matches: the matched signal's id in its bank.</summary>
    public string? MatchedSignal { get; set; }

    /// <summary>For hash matches: the distance.</summary>
    public int? Distance { get; set; }
}
