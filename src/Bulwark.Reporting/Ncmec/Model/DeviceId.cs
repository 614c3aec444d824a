namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>A device identifier seen on the account (e.g. type "IDFA", "Android ID", "client fingerprint").</summary>
public sealed record DeviceId
{
    public required string IdType { get; init; }

    public required string IdValue { get; init; }

    public IpCaptureType? EventName { get; init; }

    public DateTimeOffset? DateTime { get; init; }
}
