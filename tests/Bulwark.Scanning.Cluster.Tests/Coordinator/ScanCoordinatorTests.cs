using System.Text.Json;
using Bulwark.Scanning.Cluster.Coordinator;
using Bulwark.Scanning.Running;
using Bulwark.Scanning.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bulwark.Scanning.Cluster.Tests.Coordinator;

public sealed class ScanCoordinatorTests : IDisposable
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    private readonly TempFolder _temp = new();
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Late_completion_from_an_expired_lease_does_not_overwrite_or_double_count()
    {
        var plan = Plan("in/a.jsonl", "in/b.jsonl");
        var coordinator = new ScanCoordinator(_time);
        await coordinator.OpenAsync(plan, CancellationToken.None);
        var state = new ScanState(plan.OutputDirectory);

        // Silo A leases shard 0, then goes silent; its lease runs out and silo B gets the shard.
        var presumedDead = coordinator.Lease("silo-a");
        _time.Advance(Duration + TimeSpan.FromSeconds(1));
        var replacement = coordinator.Lease("silo-b");
        Assert.Equal(presumedDead.Shard, replacement.Shard);

        await WriteAttemptAsync(state, "in/a.jsonl", replacement.Attempt, "written by B\n", records: 5);
        Assert.Equal(Completion.Committed, await coordinator.CompleteAsync(replacement.Shard, replacement.Attempt, CancellationToken.None));

        // A was not dead after all: it finishes with other bytes and other counts, too late.
        await WriteAttemptAsync(state, "in/a.jsonl", presumedDead.Attempt, "written by A\n", records: 7);
        Assert.Equal(Completion.Refused, await coordinator.CompleteAsync(presumedDead.Shard, presumedDead.Attempt, CancellationToken.None));

        Assert.Equal("written by B\n", File.ReadAllText(state.CleanPath("in/a.jsonl")));
        Assert.Equal("written by B\n", File.ReadAllText(state.ManifestPart("in/a.jsonl")));
        Assert.Equal(5, (await state.ReadCheckpointAsync("in/a.jsonl", CancellationToken.None))!.Records);
        Assert.Empty(Directory.EnumerateFiles(plan.OutputDirectory, "*.partial", SearchOption.AllDirectories));

        // The other shard completes the scan; the report counts shard 0 once, with B's numbers.
        var last = coordinator.Lease("silo-b");
        Assert.Equal(1, last.Shard);
        await WriteAttemptAsync(state, "in/b.jsonl", last.Attempt, "b\n", records: 2);
        Assert.Equal(Completion.Committed, await coordinator.CompleteAsync(last.Shard, last.Attempt, CancellationToken.None));

        Assert.Equal(LeaseStatus.Finished, coordinator.Lease("silo-a").Status);
        using var report = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(plan.OutputDirectory, "report.json")));
        Assert.Equal(7, report.RootElement.GetProperty("totals").GetProperty("records").GetInt64());
        Assert.Equal("written by B\nb\n", File.ReadAllText(Path.Combine(plan.OutputDirectory, "quarantine.jsonl")));
    }

    [Fact]
    public async Task Completion_retried_after_a_lost_answer_is_reported_committed_once()
    {
        var plan = Plan("in/a.jsonl");
        var coordinator = new ScanCoordinator(_time);
        await coordinator.OpenAsync(plan, CancellationToken.None);
        var state = new ScanState(plan.OutputDirectory);
        var lease = coordinator.Lease("silo-a");
        await WriteAttemptAsync(state, "in/a.jsonl", lease.Attempt, "a\n", records: 3);

        Assert.Equal(Completion.Committed, await coordinator.CompleteAsync(lease.Shard, lease.Attempt, CancellationToken.None));
        Assert.Equal(Completion.Committed, await coordinator.CompleteAsync(lease.Shard, lease.Attempt, CancellationToken.None));

        Assert.Equal("a\n", File.ReadAllText(state.CleanPath("in/a.jsonl")));
    }

    [Fact]
    public async Task Restarted_coordinator_rebuilds_from_checkpoints_and_refuses_attempts_it_did_not_lease()
    {
        var plan = Plan("in/a.jsonl", "in/b.jsonl");
        var first = new ScanCoordinator(_time);
        await first.OpenAsync(plan, CancellationToken.None);
        var state = new ScanState(plan.OutputDirectory);
        var committed = first.Lease("silo-a");
        await WriteAttemptAsync(state, "in/a.jsonl", committed.Attempt, "a\n", records: 1);
        Assert.Equal(Completion.Committed, await first.CompleteAsync(committed.Shard, committed.Attempt, CancellationToken.None));
        var inFlight = first.Lease("silo-b");

        // The coordinator's silo died: a new activation knows only what the checkpoints say.
        var second = new ScanCoordinator(_time);
        Assert.Equal(LeaseStatus.NotOpen, second.Lease("silo-b").Status);
        Assert.Equal(Completion.NotOpen, await second.CompleteAsync(inFlight.Shard, inFlight.Attempt, CancellationToken.None));
        await second.OpenAsync(plan, CancellationToken.None);

        await WriteAttemptAsync(state, "in/b.jsonl", inFlight.Attempt, "stale\n", records: 9);
        Assert.Equal(Completion.Refused, await second.CompleteAsync(inFlight.Shard, inFlight.Attempt, CancellationToken.None));
        var redo = second.Lease("silo-b");
        Assert.Equal(1, redo.Shard);
        Assert.Equal(LeaseStatus.Wait, second.Lease("silo-c").Status);
        Assert.False(File.Exists(state.CleanPath("in/b.jsonl")));
    }

    [Fact]
    public async Task A_silo_with_another_plan_is_refused()
    {
        var coordinator = new ScanCoordinator(_time);
        await coordinator.OpenAsync(Plan("in/a.jsonl"), CancellationToken.None);

        await Assert.ThrowsAsync<ScanSetupException>(() => coordinator.OpenAsync(Plan("in/a.jsonl", "in/b.jsonl"), CancellationToken.None));
    }

    public void Dispose() => _temp.Dispose();

    private ScanPlan Plan(params string[] shards) => new("scan-1", _temp.Combine("out"), "fingerprint-1", DryRun: false, shards, Duration);

    /// <summary>What a silo's attempt leaves for the coordinator: outputs and a pending checkpoint under the attempt's names.</summary>
    private static async Task WriteAttemptAsync(ScanState state, string shard, string attempt, string content, long records)
    {
        var suffix = ScanCoordinator.SuffixOf(attempt);
        Directory.CreateDirectory(Path.GetDirectoryName(state.CleanPath(shard))!);
        await File.WriteAllTextAsync(state.CleanPath(shard) + suffix, content);
        await File.WriteAllTextAsync(state.ManifestPart(shard) + suffix, content);
        var summary = new ShardSummary(shard, "jsonl") { Records = records, Clean = records };
        await state.WritePendingCheckpointAsync(shard, summary, suffix, CancellationToken.None);
    }
}
