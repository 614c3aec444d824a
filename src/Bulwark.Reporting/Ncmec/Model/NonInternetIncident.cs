namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The incident happened offline (<c>nonInternetIncident</c>).</summary>
public sealed record NonInternetIncident : InternetDetails
{
    public string? LocationName { get; init; }

    public IReadOnlyList<Address> IncidentAddresses { get; init; } = [];
}
