using System.CommandLine;
using System.Net;
using Bulwark.Scanning.Cluster;

namespace Bulwark.Cli.Scanning;

/// <summary>The options of <c>bulwark scan --cluster</c>: how this machine's silo joins the Orleans cluster.</summary>
internal sealed class ClusterOptions
{
    /// <summary>Where the membership database's connection string may come from instead of the command line (which other users can see).</summary>
    public const string DatabaseVariable = "BULWARK_CLUSTER_DATABASE";

    private readonly Option<bool> _cluster = new("--cluster")
    {
        Description = "Run the scan on an Orleans cluster: this machine starts a silo that joins (or starts) the cluster and\n" +
            "scans the shards leased to it into the shared --out folder. Run the same command on every machine; each\n" +
            "returns when the whole scan is done. Inputs and --out must be at the same paths on every machine.",
    };

    private readonly Option<string?> _database = new("--cluster-database")
    {
        Description = $"PostgreSQL connection string for cluster membership (tables are created on first use); or set {DatabaseVariable}.\n" +
            "Without it: development clustering on this machine only, the silo on --primary-silo-port being the primary.",
    };

    private readonly Option<int> _siloPort = new("--silo-port")
    {
        Description = "This silo's port for silo-to-silo traffic.",
        DefaultValueFactory = _ => ClusterScanOptions.DefaultSiloPort,
    };

    private readonly Option<int> _gatewayPort = new("--gateway-port")
    {
        Description = "This silo's client gateway port.",
        DefaultValueFactory = _ => ClusterScanOptions.DefaultGatewayPort,
    };

    private readonly Option<int> _primaryPort = new("--primary-silo-port")
    {
        Description = "Without --cluster-database only: the silo port of the first (primary) silo on this machine.",
        DefaultValueFactory = _ => ClusterScanOptions.DefaultSiloPort,
    };

    private readonly Option<string?> _advertise = new("--advertise")
    {
        Description = "With --cluster-database: the IP address other silos reach this one at (default: this host's first address).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_cluster);
        command.Options.Add(_database);
        command.Options.Add(_siloPort);
        command.Options.Add(_gatewayPort);
        command.Options.Add(_primaryPort);
        command.Options.Add(_advertise);
    }

    public bool Enabled(ParseResult parseResult) => parseResult.GetValue(_cluster);

    /// <summary>The cluster settings, or the reason they are unusable.</summary>
    public (ClusterScanOptions? Options, string? Error) Read(ParseResult parseResult)
    {
        var database = parseResult.GetValue(_database) is { Length: > 0 } given
            ? given
            : Environment.GetEnvironmentVariable(DatabaseVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : null;
        IPAddress? advertised = null;
        if (parseResult.GetValue(_advertise) is { } address && !IPAddress.TryParse(address, out advertised))
        {
            return (null, $"--advertise: '{address}' is not an IP address");
        }

        foreach (var (name, port) in new[] { ("--silo-port", parseResult.GetValue(_siloPort)), ("--gateway-port", parseResult.GetValue(_gatewayPort)), ("--primary-silo-port", parseResult.GetValue(_primaryPort)) })
        {
            if (port is < 1 or > 65535)
            {
                return (null, $"{name}: {port} is not a TCP port (1-65535)");
            }
        }

        return (new ClusterScanOptions
        {
            DatabaseConnectionString = database,
            SiloPort = parseResult.GetValue(_siloPort),
            GatewayPort = parseResult.GetValue(_gatewayPort),
            PrimarySiloPort = parseResult.GetValue(_primaryPort),
            AdvertisedAddress = advertised,
        }, null);
    }
}
