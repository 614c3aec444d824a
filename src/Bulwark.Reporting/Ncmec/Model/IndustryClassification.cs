namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>NCMEC's industry categorisation scale (the schema's <c>fileClassification</c>).</summary>
public enum IndustryClassification
{
    A1,
    A2,
    B1,
    B2,
}
