namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The incident happened in a newsgroup (<c>newsgroupIncident</c>).</summary>
public sealed record NewsgroupIncident : InternetDetails
{
    public string? Name { get; init; }

    public IReadOnlyList<Email> EmailAddresses { get; init; } = [];

    public string? Content { get; init; }
}
