using Bulwark.Reporting.Ncmec.Model;

namespace Bulwark.Reporting.Building;

/// <summary>
/// The policy categories the report builder knows, and what each means for NCMEC. A category the builder does not
/// know is an error rather than a guess: a report filed under the wrong incident type is worse than a clear refusal.
/// </summary>
public static class CaseCategories
{
    public const string CsamSolicitation = "csam_solicitation";
    public const string CsamAcquisition = "csam_acquisition";
    public const string Grooming = "grooming";
    public const string Sextortion = "sextortion";
    public const string MinorImageManipulation = "minor_image_manipulation";
    public const string KnownImageMatch = "known_image_match";
    public const string MinorSexualisation = "minor_sexualisation";

    /// <summary>Advocacy of abuse is a policy violation but not, by itself, apparent child sexual exploitation to report.</summary>
    public const string AbuseAdvocacy = "abuse_advocacy";

    /// <summary>Every category the builder accepts, reportable or not.</summary>
    public static IReadOnlyList<string> Known { get; } =
    [
        CsamSolicitation, CsamAcquisition, Grooming, Sextortion, MinorImageManipulation, KnownImageMatch, MinorSexualisation, AbuseAdvocacy,
    ];

    /// <summary>Whether a case decided in <paramref name="category"/> alone is reportable to NCMEC.</summary>
    public static bool IsReportable(string category) => Mapping(category) is not null;

    // Incident type and annotations per category; null for known but unreportable ones.
    internal static (IncidentType Type, ReportAnnotations Annotations)? Mapping(string category) => category switch
    {
        // Asking a model to produce, or asking where to obtain, abuse material: CSAM with NCMEC's solicitation flag.
        CsamSolicitation or CsamAcquisition => (IncidentType.ChildPornography, ReportAnnotations.CsamSolicitation),
        // Generated or altered sexual imagery or text of a minor, and hash matches of known material.
        MinorImageManipulation or MinorSexualisation or KnownImageMatch => (IncidentType.ChildPornography, ReportAnnotations.None),
        Grooming => (IncidentType.OnlineEnticement, ReportAnnotations.None),
        Sextortion => (IncidentType.OnlineEnticement, ReportAnnotations.Sextortion),
        AbuseAdvocacy => null,
        _ => throw new ArgumentException(
            $"Unknown case category '{category}'. Known: {string.Join(", ", Known)}.", nameof(category)),
    };
}
