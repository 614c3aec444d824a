namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The incident happened on a peer-to-peer network (<c>peer2peerIncident</c>).</summary>
public sealed record PeerToPeerIncident : InternetDetails
{
    public string? Client { get; init; }

    public IReadOnlyList<IpCaptureEvent> IpCaptureEvents { get; init; } = [];

    public string? FileNames { get; init; }
}
