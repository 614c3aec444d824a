using Bulwark.Scanning.Checks;
using Bulwark.Scanning.Records;

namespace Bulwark.Scanning.Running;

/// <summary>
/// Runs every configured check on every record of a batch, on several cores: the batch is cut into chunks that are
/// checked concurrently, each chunk's records one after another (so per-record scheduling costs nothing).
/// </summary>
internal sealed class RecordChecker(RecordExaminer examiner, IReadOnlyList<IRecordCheck> checks, int parallelism)
{
    /// <summary>Records a chunk holds at most: enough that scheduling a chunk costs nothing next to checking it.</summary>
    internal const int MaxChunkSize = 128;

    /// <summary>
    /// Chunks a batch is cut into per core at least. The cores wait for a batch's last chunk before the next batch
    /// starts, so a batch of a few hundred images (each a third of a millisecond or more to decode and hash) needs
    /// small chunks, or one core idles while another finishes a long one.
    /// </summary>
    private const int ChunksPerCore = 16;

    // An array, so the per-record loop does not box an enumerator.
    private readonly IRecordCheck[] _checks = [.. checks];

    public async Task<RecordOutcome[]> CheckAsync(IReadOnlyList<DatasetRecord> records, CancellationToken cancellationToken)
    {
        var outcomes = new RecordOutcome[records.Count];
        var chunkSize = ChunkSize(records.Count, parallelism);
        var chunks = (records.Count + chunkSize - 1) / chunkSize;
        if (chunks <= 1 || parallelism == 1)
        {
            await CheckRangeAsync(records, outcomes, 0, records.Count, cancellationToken).ConfigureAwait(false);
            return outcomes;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, chunks, options, async (chunk, token) =>
        {
            var start = chunk * chunkSize;
            await CheckRangeAsync(records, outcomes, start, Math.Min(records.Count, start + chunkSize), token).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return outcomes;
    }

    /// <summary>Records per chunk: <see cref="ChunksPerCore"/> chunks a core, but never more than <see cref="MaxChunkSize"/> records.</summary>
    internal static int ChunkSize(int records, int parallelism) =>
        Math.Clamp(records / (parallelism * ChunksPerCore), 1, MaxChunkSize);

    private async Task CheckRangeAsync(IReadOnlyList<DatasetRecord> records, RecordOutcome[] outcomes, int start, int end, CancellationToken cancellationToken)
    {
        var flags = new List<RecordFlag>();
        for (var i = start; i < end; i++)
        {
            outcomes[i] = await CheckOneAsync(records[i], flags, cancellationToken).ConfigureAwait(false);
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
}
