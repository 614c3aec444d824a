using System.Collections.Concurrent;
using Bulwark.Scanning.Checks;
using Bulwark.Scanning.Records;

namespace Bulwark.Scanning.Running;

/// <summary>
/// Runs every configured check on every record, on several cores. A batch is cut into chunks, each chunk's records
/// checked one after another (so per-record scheduling costs nothing), and the chunks join one queue that at most
/// <c>parallelism</c> runners drain in order. The queue spans batches and shards: while one runner finishes a batch's
/// last chunk the others are already on the next batch's first, so no core waits for a batch to end.
/// </summary>
internal sealed class RecordChecker(RecordExaminer examiner, IReadOnlyList<IRecordCheck> checks, int parallelism)
{
    /// <summary>Records a chunk holds at most: enough that scheduling a chunk costs nothing next to checking it.</summary>
    internal const int MaxChunkSize = 128;

    /// <summary>
    /// Chunks a batch is cut into per core at least: a shard's last batch ends with one chunk on one core, so a batch
    /// of a few hundred images (each a third of a millisecond or more to decode and hash) needs small chunks.
    /// </summary>
    private const int ChunksPerCore = 16;

    // An array, so the per-record loop does not box an enumerator.
    private readonly IRecordCheck[] _checks = [.. checks];
    private readonly ConcurrentQueue<Chunk> _queue = new();
    private int _runners;

    /// <summary>
    /// Queues the checks of <paramref name="records"/> and returns at once; the task gives one outcome per record when
    /// all are checked, or the first check's failure. Batches queued earlier are checked first.
    /// </summary>
    public Task<RecordOutcome[]> CheckAsync(IReadOnlyList<DatasetRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return Task.FromResult(Array.Empty<RecordOutcome>());
        }

        var chunkSize = ChunkSize(records.Count, parallelism);
        var chunks = (records.Count + chunkSize - 1) / chunkSize;
        var batch = new PendingBatch(records, chunks, cancellationToken);
        for (var start = 0; start < records.Count; start += chunkSize)
        {
            _queue.Enqueue(new Chunk(batch, start, Math.Min(records.Count, start + chunkSize)));
        }

        // No more runners than this batch has chunks: the rest would find nothing to do.
        for (var started = 0; started < chunks && TryClaimRunner(); started++)
        {
            _ = Task.Run(RunAsync, CancellationToken.None);
        }

        return batch.Completion.Task;
    }

    /// <summary>Records per chunk: <see cref="ChunksPerCore"/> chunks a core, but never more than <see cref="MaxChunkSize"/> records.</summary>
    internal static int ChunkSize(int records, int parallelism) =>
        Math.Clamp(records / (parallelism * ChunksPerCore), 1, MaxChunkSize);

    private bool TryClaimRunner()
    {
        var runners = Volatile.Read(ref _runners);
        while (runners < parallelism)
        {
            var seen = Interlocked.CompareExchange(ref _runners, runners + 1, runners);
            if (seen == runners)
            {
                return true;
            }

            runners = seen;
        }

        return false;
    }

    /// <summary>
    /// Drains the queue, then stops. A chunk queued just after the last dequeue is not left behind: either its queuing
    /// sees this runner gone and starts another, or this runner sees it after giving up its claim and takes it back.
    /// </summary>
    private async Task RunAsync()
    {
        var flags = new List<RecordFlag>();
        do
        {
            while (_queue.TryDequeue(out var chunk))
            {
                await RunChunkAsync(chunk, flags).ConfigureAwait(false);
            }

            Interlocked.Decrement(ref _runners);
        }
        while (!_queue.IsEmpty && TryClaimRunner());
    }

    /// <summary>Checks one chunk into its batch's outcomes; never throws (a failure or cancellation ends the batch's task).</summary>
    private async Task RunChunkAsync(Chunk chunk, List<RecordFlag> flags)
    {
        var batch = chunk.Batch;
        try
        {
            // A batch that already failed or was cancelled has its remaining chunks skipped.
            if (!batch.Completion.Task.IsCompleted)
            {
                batch.CancellationToken.ThrowIfCancellationRequested();
                for (var i = chunk.Start; i < chunk.End; i++)
                {
                    batch.Outcomes[i] = await CheckOneAsync(batch.Records[i], flags, batch.CancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (batch.CancellationToken.IsCancellationRequested)
        {
            batch.Completion.TrySetCanceled(batch.CancellationToken);
        }
        catch (Exception e)
        {
            batch.Completion.TrySetException(e);
        }

        if (Interlocked.Decrement(ref batch.ChunksLeft) == 0)
        {
            batch.Completion.TrySetResult(batch.Outcomes);
        }
    }

    private async ValueTask<RecordOutcome> CheckOneAsync(DatasetRecord record, List<RecordFlag> flags, CancellationToken cancellationToken)
    {
        var evidence = record.Problem is null ? examiner.Examine(record) : new RecordEvidence();
        flags.Clear();
        foreach (var check in _checks)
        {
            await check.CheckAsync(record, evidence, flags, cancellationToken).ConfigureAwait(false);
        }

        var problem = record.Problem ?? evidence.Problem;
        return flags.Count == 0 && problem is null ? RecordOutcome.Clean : new RecordOutcome([.. flags], evidence, problem);
    }

    /// <summary>A batch being checked: its outcomes fill in chunk by chunk; the last chunk to finish completes it.</summary>
    private sealed class PendingBatch(IReadOnlyList<DatasetRecord> records, int chunks, CancellationToken cancellationToken)
    {
        public readonly IReadOnlyList<DatasetRecord> Records = records;
        public readonly RecordOutcome[] Outcomes = new RecordOutcome[records.Count];
        public readonly CancellationToken CancellationToken = cancellationToken;

        // Continuations run elsewhere, so the writer waiting on a batch never runs on (and holds up) a runner.
        public readonly TaskCompletionSource<RecordOutcome[]> Completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int ChunksLeft = chunks;
    }

    private readonly record struct Chunk(PendingBatch Batch, int Start, int End);
}
