using Bulwark.Detection.Hashing.Pdq;
using Bulwark.Detection.Imaging;
using Bulwark.Detection.Signals;
using Bulwark.Scanning.Checks;
using Bulwark.Scanning.Formats;

namespace Bulwark.Scanning.Running;

/// <summary>
/// Scans datasets on one machine: finds the shards of the inputs, runs the configured checks over every record on
/// all cores, and writes a cleaned copy (flagged and unreadable records left out), a quarantine manifest and a
/// report. Shards are committed one by one with checkpoints, so an interrupted scan resumes where it stopped and
/// ends with the same outputs; a malformed shard is reported and skipped.
/// </summary>
public sealed class Scanner
{
    private readonly ScanOptions _options;

    public Scanner(ScanOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>Scans <paramref name="inputs"/> (files and folders) into the output folder.</summary>
    /// <exception cref="ScanSetupException">The inputs or the output folder do not allow the scan as asked.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; committed shards stay committed for <c>--resume</c>.</exception>
    public async Task<ScanSummary> RunAsync(IReadOnlyList<string> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var shards = FindShards(inputs);
        var fingerprint = ScanFingerprint.Compute(_options);
        var state = new ScanState(Path.GetFullPath(_options.OutputDirectory));
        await state.OpenAsync(fingerprint, _options.Resume, cancellationToken).ConfigureAwait(false);
        _options.Progress?.Started(shards.Count, await ShardDiscovery.EstimateRecordsAsync(shards, cancellationToken).ConfigureAwait(false));

        var processor = CreateProcessor(state);
        var summaries = new ShardSummary[shards.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, shards.Count, parallel, async (index, token) =>
        {
            var shard = shards[index];
            if (_options.Resume && await state.ReadCheckpointAsync(shard, token).ConfigureAwait(false) is { } committed)
            {
                summaries[index] = committed;
                _options.Progress?.RecordsChecked((int)Math.Min(int.MaxValue, committed.Records));
                _options.Progress?.ShardFinished(committed);
                return;
            }

            var (summary, quarantined) = await processor.ProcessAsync(shard, token).ConfigureAwait(false);
            await state.WriteCheckpointAsync(shard, summary, token).ConfigureAwait(false);
            summaries[index] = summary;
            if (_options.FindingSink is { } sink)
            {
                foreach (var record in quarantined)
                {
                    await sink.RecordAsync(record, token).ConfigureAwait(false);
                }
            }

            _options.Progress?.ShardFinished(summary);
        }).ConfigureAwait(false);

        var scan = new ScanSummary(summaries, _options.DryRun, fingerprint);
        await ScanOutputs.WriteAsync(state, scan, cancellationToken).ConfigureAwait(false);
        return scan;
    }

    /// <summary>The shards of <paramref name="inputs"/>, in the scan's fixed order.</summary>
    internal IReadOnlyList<Shard> FindShards(IReadOnlyList<string> inputs) =>
        ShardDiscovery.Find(inputs, new ImageFolderFormat { MaxFileBytes = _options.Decoder.MaxEncodedBytes });

    internal ShardProcessor CreateProcessor(ScanState state) => new(_options, state, CreateChecker());

    private RecordChecker CreateChecker()
    {
        var banks = _options.Banks;
        var entries = banks?.Banks.SelectMany(bank => bank.Entries).ToList() ?? [];
        var hasPdq = entries.Any(entry => entry.Signal.Type == SignalType.Pdq);
        var hasMd5 = entries.Any(entry => entry.Signal.Type == SignalType.Md5);
        var hasSha256 = entries.Any(entry => entry.Signal.Type == SignalType.Sha256);
        var hasExact = hasMd5 || hasSha256;

        // Cheapest first; every check runs on every record so the report counts each check's hits.
        var checks = new List<IRecordCheck>();
        if (_options.UrlLists.Count > 0)
        {
            checks.Add(new UrlListCheck(_options.UrlLists));
        }

        if (_options.SourceLists.Count > 0)
        {
            checks.Add(new SourceListCheck(_options.SourceLists));
        }

        if (hasExact)
        {
            checks.Add(new ExactHashCheck(banks!));
        }

        if (hasPdq)
        {
            checks.Add(new PdqCheck(banks!, _options.PdqThreshold));
        }

        if (_options.CaptionScreener is { } screener)
        {
            checks.Add(new CaptionCheck(screener));
        }

        var examiner = new RecordExaminer(hasMd5, hasSha256, hasPdq ? new PdqQueryHasher(_options.PdqViews) : null, new ImageDecoder(_options.Decoder));
        return new RecordChecker(examiner, checks, _options.Parallelism);
    }
}
