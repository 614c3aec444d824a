namespace Bulwark.Reporting.Cases;

/// <summary>
/// A case a reviewer confirmed as reportable: what the report builder needs and nothing more. Bulwark's casework maps
/// its cases to this record; other callers (the CLI's <c>--report FILE.json</c>) fill it directly.
/// </summary>
public sealed record ConfirmedCase
{
    /// <summary>The provider's case id; sent in the report's additional information so replies can be matched.</summary>
    public required string CaseId { get; init; }

    /// <summary>
    /// The policy categories the reviewer decided (e.g. <c>csam_solicitation</c>, <c>grooming</c>); see
    /// <see cref="Building.CaseCategories"/> for those the builder knows.
    /// </summary>
    public required IReadOnlyList<string> Categories { get; init; }

    public required CaseSubject Subject { get; init; }

    /// <summary>The files to report; may be empty (a text-only solicitation).</summary>
    public IReadOnlyList<EvidenceFile> Evidence { get; init; } = [];

    public required GatewayMetadata Gateway { get; init; }

    /// <summary>When the reviewer confirmed the case.</summary>
    public required DateTimeOffset DecidedAt { get; init; }

    /// <summary>
    /// The relevant conversation text the reviewer chose to include (the flagged request, never generated abuse
    /// material); sent as the chat incident's content.
    /// </summary>
    public string? ConversationExcerpt { get; init; }

    /// <summary>The reviewer's short, factual summary for NCMEC.</summary>
    public string? ReviewerSummary { get; init; }

    /// <summary>Why NCMEC should treat the report as urgent (a child in imminent danger); null when it is not.</summary>
    public string? Escalation { get; init; }

    /// <summary>Whether the reviewer judged both sides to be minors.</summary>
    public bool MinorToMinor { get; init; }
}
