namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The incident happened on web pages (<c>webPageIncident</c>).</summary>
public sealed record WebPageIncident : InternetDetails
{
    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary>Whether the content is hosted by a third party rather than the reporting provider.</summary>
    public bool? ThirdPartyHostedContent { get; init; }
}
