namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The incident happened on a cell phone (<c>cellPhoneIncident</c>).</summary>
public sealed record CellPhoneIncident : InternetDetails
{
    public Phone? PhoneNumber { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }
}
