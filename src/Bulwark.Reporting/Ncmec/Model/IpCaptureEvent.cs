namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>An IP address the account used, with the event and time it was seen.</summary>
public sealed record IpCaptureEvent
{
    public required string IpAddress { get; init; }

    public IpCaptureType? EventName { get; init; }

    public DateTimeOffset? DateTime { get; init; }

    public bool? PossibleProxy { get; init; }

    public int? Port { get; init; }
}
