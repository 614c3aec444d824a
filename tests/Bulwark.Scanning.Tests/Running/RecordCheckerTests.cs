using Bulwark.Detection.Imaging;
using Bulwark.Scanning.Checks;
using Bulwark.Scanning.Records;
using Bulwark.Scanning.Running;

namespace Bulwark.Scanning.Tests.Running;

public sealed class RecordCheckerTests
{
    [Fact]
    public void A_batch_of_images_is_cut_into_many_small_chunks_so_no_core_waits_long_for_the_last_one()
    {
        // 256 samples on two cores: 32 chunks of 8 rather than two of 128.
        Assert.Equal(8, RecordChecker.ChunkSize(256, 2));
        Assert.Equal(1, RecordChecker.ChunkSize(20, 4));
    }

    [Fact]
    public void Large_metadata_batches_keep_chunks_of_at_most_the_maximum()
    {
        Assert.Equal(RecordChecker.MaxChunkSize, RecordChecker.ChunkSize(131_072, 2));
        Assert.Equal(RecordChecker.MaxChunkSize, RecordChecker.ChunkSize(131_072, 64));
    }

    [Fact]
    public async Task Batches_queued_back_to_back_each_get_their_own_records_outcomes()
    {
        var check = new OddIndexCheck();
        var checker = Checker(check, parallelism: 3);
        var batches = Enumerable.Range(0, 20).Select(batch => Records(batch * 1000, 1 + (batch * 37 % 300))).ToList();

        var pending = batches.Select(records => checker.CheckAsync(records, CancellationToken.None)).ToList();
        var outcomes = await Task.WhenAll(pending);

        for (var batch = 0; batch < batches.Count; batch++)
        {
            Assert.Equal(batches[batch].Count, outcomes[batch].Length);
            for (var i = 0; i < batches[batch].Count; i++)
            {
                var record = batches[batch][i];
                var outcome = outcomes[batch][i];
                Assert.Equal(record.Index % 2 == 1, outcome.IsFlagged);
                Assert.True(!outcome.IsFlagged || outcome.Flags[0].Rule == record.Id);
            }
        }

        Assert.InRange(check.MostAtOnce, 1, 3);
    }

    [Fact]
    public async Task A_failing_check_fails_its_own_batch_and_not_the_batches_queued_after_it()
    {
        var checker = Checker(new FailsOnIndexCheck(1_005), parallelism: 2);

        var failing = checker.CheckAsync(Records(1_000, 64), CancellationToken.None);
        var next = checker.CheckAsync(Records(2_000, 64), CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        Assert.Contains("1005", error.Message, StringComparison.Ordinal);
        Assert.Equal(64, (await next).Length);
    }

    [Fact]
    public async Task A_cancelled_scan_cancels_its_batch()
    {
        var checker = Checker(new OddIndexCheck(), parallelism: 2);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => checker.CheckAsync(Records(0, 100), cancelled.Token));
    }

    [Fact]
    public async Task An_empty_batch_has_no_outcomes()
    {
        Assert.Empty(await Checker(new OddIndexCheck(), parallelism: 2).CheckAsync([], CancellationToken.None));
    }

    private static RecordChecker Checker(IRecordCheck check, int parallelism) =>
        new(new RecordExaminer(md5: false, sha256: false, pdq: null, new ImageDecoder()), [check], parallelism);

    private static List<DatasetRecord> Records(int first, int count) =>
        [.. Enumerable.Range(first, count).Select(index => new DatasetRecord { Index = index, Id = $"r{index}" })];

    /// <summary>Flags records with an odd index, naming the record, and remembers how many ran at once.</summary>
    private sealed class OddIndexCheck : IRecordCheck
    {
        private int _running;
        private int _mostAtOnce;

        public string Name => "odd";

        public int MostAtOnce => Volatile.Read(ref _mostAtOnce);

        public ValueTask CheckAsync(DatasetRecord record, RecordEvidence evidence, List<RecordFlag> flags, CancellationToken cancellationToken)
        {
            var running = Interlocked.Increment(ref _running);
            int most;
            while (running > (most = Volatile.Read(ref _mostAtOnce)) && Interlocked.CompareExchange(ref _mostAtOnce, running, most) != most)
            {
            }

            Thread.SpinWait(200);
            if (record.Index % 2 == 1)
            {
                flags.Add(new RecordFlag(Name, record.Id));
            }

            Interlocked.Decrement(ref _running);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class FailsOnIndexCheck(long index) : IRecordCheck
    {
        public string Name => "fails";

        public ValueTask CheckAsync(DatasetRecord record, RecordEvidence evidence, List<RecordFlag> flags, CancellationToken cancellationToken) =>
            record.Index == index ? throw new InvalidOperationException($"check failed on {index}") : ValueTask.CompletedTask;
    }
}
