namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>
/// One CyberTipline report (the schema's <c>report</c> element): what is opened with <c>/submit</c>. Only the incident
/// summary and the reporter are required by NCMEC; everything else is voluntary but helps law enforcement act.
/// </summary>
public sealed record CyberTiplineReport
{
    /// <summary>Set only when the report stands for a batch of otherwise separate reports (viral or meme content).</summary>
    public BatchedReportReason? BatchedReason { get; init; }

    public required IncidentSummary IncidentSummary { get; init; }

    /// <summary>Where the incident happened online: web page, chat, e-mail …; several may be given.</summary>
    public IReadOnlyList<InternetDetails> InternetDetails { get; init; } = [];

    public LawEnforcementContact? LawEnforcement { get; init; }

    public required Reporter Reporter { get; init; }

    /// <summary>The person or user reported (the schema allows several; NCMEC expects at most one per report).</summary>
    public IReadOnlyList<ReportedPerson> ReportedPeople { get; init; } = [];

    public IReadOnlyList<IntendedRecipient> IntendedRecipients { get; init; } = [];

    public IReadOnlyList<Victim> Victims { get; init; } = [];

    /// <summary>Notes on the incident that no other part of the report covers.</summary>
    public string? AdditionalInfo { get; init; }
}
