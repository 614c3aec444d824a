using System.Net;

namespace Bulwark.Scanning.Cluster;

/// <summary>How a machine joins the Orleans cluster that runs a scan.</summary>
public sealed record ClusterScanOptions
{
    /// <summary>Default silo-to-silo port (Orleans' usual).</summary>
    public const int DefaultSiloPort = 11111;

    /// <summary>Default client gateway port (Orleans' usual).</summary>
    public const int DefaultGatewayPort = 30000;

    /// <summary>
    /// PostgreSQL connection string for membership (Orleans ADO.NET clustering); the tables are created on first
    /// use. Null: development clustering on this machine only, with the silo on <see cref="PrimarySiloPort"/> as
    /// the primary that holds membership (it must stay up).
    /// </summary>
    public string? DatabaseConnectionString { get; init; }

    public int SiloPort { get; init; } = DefaultSiloPort;

    public int GatewayPort { get; init; } = DefaultGatewayPort;

    /// <summary>Development clustering only: the silo port of the primary silo.</summary>
    public int PrimarySiloPort { get; init; } = DefaultSiloPort;

    /// <summary>The address other silos reach this one at; null: this host's first address (loopback without a database).</summary>
    public IPAddress? AdvertisedAddress { get; init; }

    /// <summary>The Orleans cluster id; scans with different ids never share silos.</summary>
    public string ClusterId { get; init; } = "bulwark-scan";

    /// <summary>How long a shard stays leased to a silo without a heartbeat; a dead silo's shards are leased again after it.</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Tests only: called when this silo has leased a shard, before it scans it (under the lease's heartbeat).</summary>
    internal Func<int, CancellationToken, Task>? OnLeased { get; init; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(SiloPort);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(GatewayPort);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(PrimarySiloPort);
        ArgumentException.ThrowIfNullOrWhiteSpace(ClusterId);
        ArgumentOutOfRangeException.ThrowIfLessThan(LeaseDuration, TimeSpan.FromMilliseconds(100));
    }
}
