namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The schema's <c>emailType</c>.</summary>
public enum EmailType
{
    Home,
    Work,
    Business,
    Recovery,
}
