namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>NCMEC's exact strings for <see cref="IncidentType"/>.</summary>
public static class IncidentTypes
{
    public static string ToXml(this IncidentType type) => type switch
    {
        IncidentType.ChildPornography => "Child Pornography (possession, manufacture, and distribution)",
        IncidentType.ChildSexTrafficking => "Child Sex Trafficking",
        IncidentType.ChildSexTourism => "Child Sex Tourism",
        IncidentType.ChildSexualMolestation => "Child Sexual Molestation",
        IncidentType.MisleadingDomainName => "Misleading Domain Name",
        IncidentType.MisleadingWordsOrDigitalImages => "Misleading Words or Digital Images on the Internet",
        IncidentType.OnlineEnticement => "Online Enticement of Children for Sexual Acts",
        IncidentType.UnsolicitedObsceneMaterialSentToChild => "Unsolicited Obscene Material Sent to a Child",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not an NCMEC incident type."),
    };
}
