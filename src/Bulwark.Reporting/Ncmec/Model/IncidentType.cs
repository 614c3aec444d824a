namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The schema's <c>incidentType</c> enumeration; <see cref="IncidentTypes.ToXml"/> gives NCMEC's exact strings.</summary>
public enum IncidentType
{
    /// <summary>"Child Pornography (possession, manufacture, and distribution)": apparent CSAM, including solicitation of it.</summary>
    ChildPornography,
    ChildSexTrafficking,
    ChildSexTourism,
    ChildSexualMolestation,
    MisleadingDomainName,
    MisleadingWordsOrDigitalImages,
    /// <summary>"Online Enticement of Children for Sexual Acts": grooming and sextortion of a child.</summary>
    OnlineEnticement,
    UnsolicitedObsceneMaterialSentToChild,
}
