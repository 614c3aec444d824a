namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The schema's <c>ipCaptureType</c>: at which event an IP address or device id was seen.</summary>
public enum IpCaptureType
{
    Login,
    Registration,
    Purchase,
    Upload,
    Other,
    Unknown,
}
