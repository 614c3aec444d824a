namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The incident happened by e-mail (<c>emailIncident</c>).</summary>
public sealed record EmailIncident : InternetDetails
{
    public IReadOnlyList<Email> EmailAddresses { get; init; } = [];

    public string? Content { get; init; }
}
