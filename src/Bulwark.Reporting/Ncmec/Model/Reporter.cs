namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The report's <c>reporter</c>: the provider filing it. The reporting person needs an e-mail address.</summary>
public sealed record Reporter
{
    public required Person ReportingPerson { get; init; }

    public ContactPerson? ContactPerson { get; init; }

    public string? CompanyTemplate { get; init; }

    public string? TermsOfService { get; init; }

    /// <summary>Where law enforcement sends legal process to the provider.</summary>
    public string? LegalUrl { get; init; }
}
