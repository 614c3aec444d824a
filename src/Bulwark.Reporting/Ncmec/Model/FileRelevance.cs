namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The schema's <c>fileRelevance</c>.</summary>
public enum FileRelevance
{
    /// <summary>The file is apparent child sexual abuse material or otherwise the subject of the report.</summary>
    Reported,

    /// <summary>Context for the report; excludes meme annotations and industry classification.</summary>
    SupplementalReported,
}
