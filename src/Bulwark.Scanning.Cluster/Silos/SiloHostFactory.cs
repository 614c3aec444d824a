using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Bulwark.Scanning.Cluster.Silos;

/// <summary>Builds the Orleans silo a scanning machine runs: PostgreSQL membership, or development clustering on one machine.</summary>
internal static class SiloHostFactory
{
    /// <summary>The ADO.NET invariant name of Npgsql, as Orleans' ADO.NET providers know it.</summary>
    public const string NpgsqlInvariant = "Npgsql";

    public static IHost Build(ClusterScanOptions options)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });

        // The silo must not log: connection strings and shard paths stay out of logs; the CLI reports what matters.
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = options.ClusterId;
                cluster.ServiceId = "bulwark-scan";
            });
            // Coordinator calls are small; one that takes this long went to a silo that is gone, and is retried.
            silo.Configure<SiloMessagingOptions>(messaging => messaging.ResponseTimeout = TimeSpan.FromSeconds(10));
            if (options.DatabaseConnectionString is { } connectionString)
            {
                silo.UseAdoNetClustering(adoNet =>
                {
                    adoNet.Invariant = NpgsqlInvariant;
                    adoNet.ConnectionString = connectionString;
                });
                silo.ConfigureEndpoints(options.AdvertisedAddress ?? FirstAddress(), options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
            }
            else
            {
                silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, new IPEndPoint(IPAddress.Loopback, options.PrimarySiloPort));
            }
        });
        return builder.Build();
    }

    private static IPAddress FirstAddress() =>
        Dns.GetHostAddresses(Dns.GetHostName()).FirstOrDefault(address => address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(address))
        ?? IPAddress.Loopback;
}
