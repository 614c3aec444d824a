using Bulwark.Reporting.Ncmec.Client;
using Bulwark.Reporting.Outbox.Storage;

namespace Bulwark.Server.Reporting;

/// <summary>How the console and <c>bulwark ncmec submit --case</c> file CyberTipline reports (see docs/reporting.md).</summary>
public sealed record CaseReportingOptions
{
    /// <summary>NCMEC's credentials and environment (test by default).</summary>
    public required NcmecOptions Ncmec { get; init; }

    /// <summary>NCMEC's XML schema (saved from its <c>/xsd</c>); every document is validated against it before anything is stored.</summary>
    public required string SchemaPath { get; init; }

    /// <summary>The e-mail address NCMEC contacts the provider at (required by NCMEC).</summary>
    public required string ReporterEmail { get; init; }

    /// <summary>The reporting person's name, "First Last", if given.</summary>
    public string? ReporterName { get; init; }

    /// <summary>The product where incidents happen, reported as platform and chat client.</summary>
    public required string Platform { get; init; }

    /// <summary>Whether the provider signed NCMEC's industry hash-sharing MOU (only then are industry classifications sent).</summary>
    public bool IndustryMouSignatory { get; init; }

    /// <summary>The outbox's database (its own, not casework's): SQLite <c>bulwark-reporting.db</c> by default.</summary>
    public required ReportingDatabase Outbox { get; init; }

    /// <summary>Checks the settings; an <see cref="ArgumentException"/> names the first one that is wrong.</summary>
    public void Validate()
    {
        Ncmec.Validate();
        if (!File.Exists(SchemaPath))
        {
            throw new ArgumentException($"NCMEC's schema '{SchemaPath}' does not exist (save it from NCMEC's GET /xsd).");
        }

        if (string.IsNullOrWhiteSpace(ReporterEmail) || !ReporterEmail.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException("The reporter's e-mail address is required (NCMEC contacts the provider there).");
        }

        if (string.IsNullOrWhiteSpace(Platform))
        {
            throw new ArgumentException("The platform (the product where incidents happen) is required.");
        }
    }
}
