namespace Bulwark.Detection.Policy;

/// <summary>
/// The category ids a policy must define. The set is closed on purpose: a misspelt or missing category would be a
/// category no detector reports, a silent gap, so the loader rejects both.
/// </summary>
public static class CategoryIds
{
    /// <summary>Requests to create sexual material involving minors.</summary>
    public const string CsamSolicitation = "csam_solicitation";

    /// <summary>Attempts to find, obtain or trade child sexual abuse material.</summary>
    public const string CsamAcquisition = "csam_acquisition";

    /// <summary>Sexualising minors.</summary>
    public const string MinorSexualisation = "minor_sexualisation";

    /// <summary>Grooming: building access to a child for abuse.</summary>
    public const string Grooming = "grooming";

    /// <summary>Sextortion: coercing a child with threats over images.</summary>
    public const string Sextortion = "sextortion";

    /// <summary>Sexualised manipulation of images of real children.</summary>
    public const string MinorImageManipulation = "minor_image_manipulation";

    /// <summary>Advocating or normalising child sexual abuse.</summary>
    public const string AbuseAdvocacy = "abuse_advocacy";

    /// <summary>A match against a bank of known abuse material hashes.</summary>
    public const string KnownImageMatch = "known_image_match";

    /// <summary>Informational: a minor is mentioned or depicted.</summary>
    public const string HasMinor = "has_minor";

    /// <summary>Informational: the content asks for help or protection (a victim, parent, educator).</summary>
    public const string SupportContext = "support_context";

    /// <summary>Every id, violations first.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        CsamSolicitation, CsamAcquisition, MinorSexualisation, Grooming, Sextortion, MinorImageManipulation,
        AbuseAdvocacy, KnownImageMatch, HasMinor, SupportContext,
    ];
}
