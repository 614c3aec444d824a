namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The report's <c>lawEnforcement</c>: set when the incident was already reported to, or came from, an agency.</summary>
public sealed record LawEnforcementContact
{
    public required string AgencyName { get; init; }

    public string? CaseNumber { get; init; }

    public ContactPerson? OfficerContact { get; init; }

    public bool? ReportedToLawEnforcement { get; init; }

    public bool? ServedLegalProcessDomestic { get; init; }

    public bool? ServedLegalProcessInternational { get; init; }

    /// <summary>The foreign agency's country (ISO 3166 alpha-2) when international legal process was served.</summary>
    public string? ForeignAgencyCountry { get; init; }
}
