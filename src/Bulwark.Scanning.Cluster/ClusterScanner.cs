using System.Data.Common;
using System.Net.Sockets;
using Bulwark.Scanning.Cluster.Coordinator;
using Bulwark.Scanning.Cluster.Silos;
using Bulwark.Scanning.Running;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bulwark.Scanning.Cluster;

/// <summary>
/// Runs a scan on an Orleans cluster: this machine starts a silo that joins (or starts) the cluster, asks the
/// scan's coordinator grain for shards, scans each leased shard with the single-machine code into names of its own
/// under the shared output folder, heartbeats the lease meanwhile, and reports the shard done; the coordinator
/// commits each shard once (moves its outputs into place, renames its checkpoint) and, after the last one, writes
/// the manifest and reports, the same bytes a single-machine scan writes. Every machine runs the same command and
/// returns when the whole scan is finished.
/// </summary>
public sealed class ClusterScanner
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly ScanOptions _options;
    private readonly ClusterScanOptions _cluster;
    private readonly Scanner _scanner;
    private readonly string _holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public ClusterScanner(ScanOptions options, ClusterScanOptions cluster)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(cluster);
        cluster.Validate();
        _scanner = new Scanner(options);
        _options = options;
        _cluster = cluster;
    }

    /// <summary>
    /// Joins the scan of <paramref name="inputs"/> and works on it until every shard is committed. The inputs and
    /// the output folder must be at the same paths on every machine (a shared file system).
    /// </summary>
    /// <exception cref="ScanSetupException">The inputs or output folder do not allow the scan, or the cluster runs this scan with other settings.</exception>
    /// <exception cref="OperationCanceledException">Cancelled: this silo leaves; shards it held are leased to others when their leases run out.</exception>
    public async Task<ScanSummary> RunAsync(IReadOnlyList<string> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var shards = _scanner.FindShards(inputs);
        var plan = Plan(shards);
        if (_cluster.DatabaseConnectionString is { } connectionString)
        {
            try
            {
                await PostgresMembershipSchema.EnsureAsync(connectionString, cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException)
            {
                // The message could quote part of the connection string, which may hold a password.
                throw new ScanSetupException("The cluster database's connection string is malformed.");
            }
            catch (DbException e)
            {
                throw new ScanSetupException($"The cluster database cannot be used: {e.Message}", e);
            }
        }

        using var host = SiloHostFactory.Build(_cluster);
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OrleansException or SocketException or TimeoutException)
        {
            throw new ScanSetupException($"This machine's silo could not join the cluster (ports {_cluster.SiloPort}/{_cluster.GatewayPort}): {e.Message}", e);
        }

        try
        {
            var coordinator = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IScanCoordinatorGrain>(plan.ScanId);
            await OpenAsync(coordinator, plan).ConfigureAwait(false);
            _options.Progress?.Started(shards.Count, await ShardDiscovery.EstimateRecordsAsync(shards, cancellationToken).ConfigureAwait(false));

            var state = new ScanState(plan.OutputDirectory);
            var worker = new ShardWorker(coordinator, plan, shards, state, _scanner.CreateProcessor(state), _options, _holder, _cluster.OnLeased);
            var workers = Math.Max(1, Math.Min(_options.Parallelism, shards.Count));
            await Parallel.ForAsync(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, async (_, token) => await worker.RunAsync(token).ConfigureAwait(false)).ConfigureAwait(false);

            var summaries = new List<ShardSummary>(shards.Count);
            foreach (var shard in shards)
            {
                summaries.Add(await state.ReadCheckpointAsync(shard, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"The cluster reported the scan finished, but shard {shard.RelativePath} has no checkpoint."));
            }

            return new ScanSummary(summaries, _options.DryRun, plan.Fingerprint);
        }
        finally
        {
            // Leaving gracefully tells the others at once; if the cluster is gone already (development clustering
            // without its primary), waiting longer would not help.
            using var leaving = new CancellationTokenSource(StopTimeout);
            await host.StopAsync(leaving.Token).ConfigureAwait(false);
        }
    }

    internal static async Task OpenAsync(IScanCoordinatorGrain coordinator, ScanPlan plan)
    {
        if (await coordinator.OpenAsync(plan).ConfigureAwait(false) is { } refusal)
        {
            throw new ScanSetupException(refusal);
        }
    }

    private ScanPlan Plan(IReadOnlyList<Shard> shards)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(_options.OutputDirectory));
        var fingerprint = ScanFingerprint.Compute(_options);
        var relativePaths = shards.Select(shard => shard.RelativePath).ToList();

        // Same inputs, settings and output folder: the same scan, so every machine finds the same coordinator.
        var scanId = ScanFingerprint.Of([output, fingerprint, _options.DryRun ? "dry-run" : "clean", .. relativePaths]);
        return new ScanPlan(scanId, output, fingerprint, _options.DryRun, relativePaths, _cluster.LeaseDuration);
    }
}
