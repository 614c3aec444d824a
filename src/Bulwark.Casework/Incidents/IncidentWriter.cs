using System.Threading.Channels;

namespace Bulwark.Casework.Incidents;

/// <summary>
/// Fire-and-forget incident recording for the gateway's hot path: <see cref="TryEnqueue"/> puts a report in a
/// bounded in-memory queue and returns at once; <see cref="RunAsync"/> (started once by the host, e.g. from a
/// hosted service) drains it in batches through <see cref="IncidentRecorder"/>. When the queue is full
/// <see cref="TryEnqueue"/> returns false rather than blocking a request: the caller should count that as a
/// metric and log it (without content). Reports still queued at shutdown are written by <see cref="DrainAsync"/>.
/// </summary>
public sealed class IncidentWriter
{
    private const int MaxBatch = 64;

    private readonly IncidentRecorder _recorder;
    private readonly Channel<IncidentReport> _queue;
    private long _failed;

    /// <summary>Creates the writer with the configured queue capacity.</summary>
    public IncidentWriter(IncidentRecorder recorder, CaseworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _recorder = recorder;
        _queue = Channel.CreateBounded<IncidentReport>(new BoundedChannelOptions(options.IncidentQueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    /// <summary>How many reports are waiting.</summary>
    public int Pending => _queue.Reader.Count;

    /// <summary>How many reports could not be written (the database failed for their batch).</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Queues a report without waiting; false when the queue is full or completed.</summary>
    public bool TryEnqueue(IncidentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return _queue.Writer.TryWrite(report);
    }

    /// <summary>
    /// Writes queued reports until <paramref name="cancellationToken"/> is cancelled or <see cref="Complete"/> is
    /// called and the queue is empty. A failing batch is counted in <see cref="Failed"/> and does not stop the loop.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                // Not cancelled midway: a batch already taken from the queue is written, never dropped at shutdown.
                await WriteAvailableAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown: what is left is written by DrainAsync.
        }
    }

    /// <summary>Stops accepting reports; <see cref="RunAsync"/> ends once the queue is empty.</summary>
    public void Complete() => _queue.Writer.TryComplete();

    /// <summary>Writes everything queued now, in batches; for shutdown and tests.</summary>
    public Task DrainAsync(CancellationToken cancellationToken = default) => WriteAvailableAsync(cancellationToken);

    private async Task WriteAvailableAsync(CancellationToken cancellationToken)
    {
        var batch = new List<IncidentReport>(MaxBatch);
        while (true)
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var report))
            {
                batch.Add(report);
            }

            if (batch.Count == 0)
            {
                return;
            }

            try
            {
                await _recorder.RecordManyAsync(batch, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Never let one bad batch stop incident recording; the count makes the loss visible.
                Interlocked.Add(ref _failed, batch.Count);
            }
        }
    }
}
