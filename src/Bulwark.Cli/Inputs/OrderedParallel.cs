namespace Bulwark.Cli.Inputs;

/// <summary>
/// Runs work on several items at once but hands results to <c>emit</c> strictly in input order, as soon as
/// every earlier item is done, so output is identical to a sequential run and streams rather than buffers.
/// </summary>
internal static class OrderedParallel
{
    public static async Task RunAsync<TItem, TResult>(
        IReadOnlyList<TItem> items,
        int degreeOfParallelism,
        Func<TItem, CancellationToken, ValueTask<TResult>> work,
        Action<TItem, TResult> emit,
        CancellationToken cancellationToken)
    {
        var results = new TResult[items.Count];
        var done = new bool[items.Count];
        var nextToEmit = 0;
        var gate = new object();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, degreeOfParallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, items.Count), options, async (index, token) =>
        {
            var result = await work(items[index], token).ConfigureAwait(false);
            lock (gate)
            {
                results[index] = result;
                done[index] = true;
                while (nextToEmit < items.Count && done[nextToEmit])
                {
                    emit(items[nextToEmit], results[nextToEmit]);
                    results[nextToEmit] = default!;
                    nextToEmit++;
                }
            }
        }).ConfigureAwait(false);
    }
}
