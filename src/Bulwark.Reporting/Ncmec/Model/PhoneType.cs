namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The schema's <c>phoneType</c>.</summary>
public enum PhoneType
{
    Mobile,
    Home,
    Business,
    Work,
    Fax,
    Internet,
    Recovery,
}
