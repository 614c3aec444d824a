using Bulwark.Scanning.Running;

namespace Bulwark.Scanning.Cluster.Coordinator;

/// <summary>The grain around <see cref="ScanCoordinator"/>: Orleans runs its calls one at a time, which the coordinator relies on.</summary>
internal sealed class ScanCoordinatorGrain(TimeProvider time) : Grain, IScanCoordinatorGrain
{
    private readonly ScanCoordinator _coordinator = new(time);

    public async Task<string?> OpenAsync(ScanPlan plan)
    {
        try
        {
            await _coordinator.OpenAsync(plan, CancellationToken.None).ConfigureAwait(true);
            return null;
        }
        catch (ScanSetupException e)
        {
            return e.Message;
        }
    }

    public Task<ShardLease> LeaseAsync(string holder) => Task.FromResult(_coordinator.Lease(holder));

    public Task<bool> RenewAsync(int shard, string attempt) => Task.FromResult(_coordinator.Renew(shard, attempt));

    public Task<Completion> CompleteAsync(int shard, string attempt) => _coordinator.CompleteAsync(shard, attempt, CancellationToken.None);
}
