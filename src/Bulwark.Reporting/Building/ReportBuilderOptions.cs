using Bulwark.Reporting.Ncmec.Model;

namespace Bulwark.Reporting.Building;

/// <summary>The provider's standing facts that go into every report.</summary>
public sealed record ReportBuilderOptions
{
    /// <summary>Who files: NCMEC requires the reporting person's e-mail address.</summary>
    public required Reporter Reporter { get; init; }

    /// <summary>The product where incidents happen (e.g. "Acme Assistant"); reported as platform and chat client.</summary>
    public required string Platform { get; init; }

    /// <summary>
    /// Whether the provider signed NCMEC's industry hash-sharing MOU; only then are reviewers' industry
    /// classifications (A1 … B2) sent.
    /// </summary>
    public bool IndustryMouSignatory { get; init; }
}
