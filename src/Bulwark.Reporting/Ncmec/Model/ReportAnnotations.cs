namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The incident summary's <c>reportAnnotations</c> flags.</summary>
[Flags]
public enum ReportAnnotations
{
    None = 0,
    Sextortion = 1,
    CsamSolicitation = 2,
    MinorToMinorInteraction = 4,
    Spam = 8,
    SadisticOnlineExploitation = 16,
}
