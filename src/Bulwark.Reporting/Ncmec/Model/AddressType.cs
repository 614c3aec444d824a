namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The schema's <c>addressType</c>.</summary>
public enum AddressType
{
    Home,
    Business,
    Billing,
    Shipping,
    Technical,
}
