using System.Net;
using System.Net.Sockets;
using Bulwark.Scanning.Running;
using Bulwark.Scanning.Tests.Support;
using Npgsql;

namespace Bulwark.Scanning.Cluster.Tests;

/// <summary>
/// Three silos in this process scan one dataset into one output folder; the third is stopped in the middle of a
/// shard it leased. The survivors finish (the dead silo's lease runs out and its shard is leased again) and the
/// output is byte-for-byte what one machine writes.
/// </summary>
public sealed class ClusterScannerTests(ClusterDataset data) : IClassFixture<ClusterDataset>
{
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Three_silos_with_one_stopped_mid_scan_write_what_one_machine_writes()
    {
        var ports = FreePorts(6);
        var clusterId = "test-" + Guid.NewGuid().ToString("N")[..8];
        await ScanWithOneSiloStoppedAsync(silo => new ClusterScanOptions
        {
            SiloPort = ports[silo * 2],
            GatewayPort = ports[(silo * 2) + 1],
            PrimarySiloPort = ports[0],
            ClusterId = clusterId,
            LeaseDuration = LeaseDuration,
        });
    }

    [PostgresFact]
    public async Task Three_silos_with_postgres_membership_and_one_stopped_mid_scan_write_what_one_machine_writes()
    {
        var server = PostgresTestServer.RequireConnectionString();
        var database = "bulwark_cluster_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(server, $"CREATE DATABASE {database}");
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
            var ports = FreePorts(6);
            var clusterId = "test-" + Guid.NewGuid().ToString("N")[..8];
            await ScanWithOneSiloStoppedAsync(silo => new ClusterScanOptions
            {
                DatabaseConnectionString = connectionString,
                AdvertisedAddress = IPAddress.Loopback,
                SiloPort = ports[silo * 2],
                GatewayPort = ports[(silo * 2) + 1],
                ClusterId = clusterId,
                LeaseDuration = LeaseDuration,
            });

            // Membership really went through the database: every silo registered itself there.
            var silos = await ScalarAsync(connectionString, $"SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = '{clusterId}'");
            Assert.Equal(3L, silos);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private async Task ScanWithOneSiloStoppedAsync(Func<int, ClusterScanOptions> silo)
    {
        var output = data.NewOutput();
        var doomedLeased = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var doomedStop = new CancellationTokenSource();
        var doomedProgress = new StopWhenChecking(doomedStop);

        // The survivors hold their first shard until the doomed silo has leased one, so it surely dies holding work.
        async Task WaitForDoomed(int shard, CancellationToken token) => await doomedLeased.Task.WaitAsync(TimeSpan.FromSeconds(40), token);
        Task DoomedLeased(int shard, CancellationToken token)
        {
            doomedLeased.TrySetResult();
            return Task.CompletedTask;
        }

        // Silos join one after the other (development clustering's primary must be up first, and joins are faster
        // one at a time on a loaded machine).
        var firstUp = new StartedSignal();
        var first = Task.Run(() => new ClusterScanner(data.Options(output, firstUp), silo(0) with { OnLeased = WaitForDoomed }).RunAsync([data.Input]));
        await firstUp.Task.WaitAsync(TimeSpan.FromSeconds(40));
        var secondUp = new StartedSignal();
        var second = Task.Run(() => new ClusterScanner(data.Options(output, secondUp), silo(1) with { OnLeased = WaitForDoomed }).RunAsync([data.Input]));
        await secondUp.Task.WaitAsync(TimeSpan.FromSeconds(40));
        var doomed = Task.Run(() => new ClusterScanner(data.Options(output, doomedProgress), silo(2) with { OnLeased = DoomedLeased }).RunAsync([data.Input], doomedStop.Token));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => doomed.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.True(doomedProgress.StoppedMidShard);
        Assert.Equal(0, doomedProgress.Finished);

        var summaries = await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.All(summaries, summary => Assert.Equal(data.Shards, summary.Shards.Count));
        Assert.Equal(ScanOutput.Files(data.Reference), ScanOutput.Files(output));
        Assert.Empty(Directory.EnumerateFiles(output, "*.partial", SearchOption.AllDirectories));
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(listener => listener.Start());
        var ports = listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToArray();
        listeners.ForEach(listener => listener.Stop());
        return ports;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    /// <summary>Tells when its silo has joined the cluster and opened the scan.</summary>
    private sealed class StartedSignal : IScanProgress
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Task => _started.Task;

        public void Started(int shards, long? estimatedRecords) => _started.TrySetResult();

        public void RecordsChecked(int count)
        {
        }

        public void ShardFinished(ShardSummary summary)
        {
        }
    }

    /// <summary>Stops its silo as soon as it checks records of a shard: the silo dies in the middle of leased work.</summary>
    private sealed class StopWhenChecking(CancellationTokenSource stop) : IScanProgress
    {
        private int _finished;

        public bool StoppedMidShard { get; private set; }

        public int Finished => _finished;

        public void Started(int shards, long? estimatedRecords)
        {
        }

        public void RecordsChecked(int count)
        {
            StoppedMidShard = true;
            stop.Cancel();
        }

        public void ShardFinished(ShardSummary summary) => Interlocked.Increment(ref _finished);
    }
}
