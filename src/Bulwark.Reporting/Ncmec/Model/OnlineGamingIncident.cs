namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The incident happened in an online game (<c>onlineGamingIncident</c>).</summary>
public sealed record OnlineGamingIncident : InternetDetails
{
    public string? GameName { get; init; }

    public string? Console { get; init; }

    public string? Content { get; init; }
}
