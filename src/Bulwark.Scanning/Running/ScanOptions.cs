using Bulwark.Detection.Hashing.Pdq;
using Bulwark.Detection.Imaging;
using Bulwark.Detection.Matching;
using Bulwark.Detection.Screening;
using Bulwark.Scanning.Records;
using Bulwark.Scanning.Urls;

namespace Bulwark.Scanning.Running;

/// <summary>What a scan checks, where it writes, and how hard it works. Every check is optional.</summary>
public sealed record ScanOptions
{
    /// <summary>The output folder: <c>clean/</c>, <c>quarantine.jsonl</c>, <c>report.json</c>, <c>report.html</c> and the <c>.scan/</c> checkpoints.</summary>
    public required string OutputDirectory { get; init; }

    public ColumnMapping Columns { get; init; } = ColumnMapping.Default;

    /// <summary>Hash banks (PDQ, MD5, SHA-256); null for no hash checks.</summary>
    public HashMatcher? Banks { get; init; }

    /// <summary>Which PDQ query views to try for each image.</summary>
    public PdqQueryViewOptions PdqViews { get; init; } = PdqQueryViewOptions.Default;

    /// <summary>Largest PDQ Hamming distance that counts as a match.</summary>
    public int PdqThreshold { get; init; } = PdqIndex.DefaultMaxDistance;

    public ImageDecoderOptions Decoder { get; init; } = ImageDecoderOptions.Default;

    public IReadOnlyList<UrlList> UrlLists { get; init; } = [];

    public IReadOnlyList<SourceList> SourceLists { get; init; } = [];

    /// <summary>Screens captions on the policy's dataset surface; null for no caption check.</summary>
    public Screener? CaptionScreener { get; init; }

    /// <summary>Report only: write the manifest and report, no cleaned copy.</summary>
    public bool DryRun { get; init; }

    /// <summary>Continue a scan in the same output folder, keeping shards it already committed.</summary>
    public bool Resume { get; init; }

    /// <summary>How many records are checked at once (and shards read at once).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    public IFindingSink? FindingSink { get; init; }

    /// <summary>
    /// With a <see cref="FindingSink"/>, how many bytes of flagged records' images one shard may hold until its commit
    /// hands them to the sink as evidence; flagged images beyond it are reported without their bytes. Bounds memory
    /// when a whole shard is flagged. Default 64 MiB.
    /// </summary>
    public long EvidenceBytesPerShard { get; init; } = 64L << 20;

    public IScanProgress? Progress { get; init; }

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrEmpty(OutputDirectory);
        ArgumentNullException.ThrowIfNull(Columns);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Parallelism);
        ArgumentOutOfRangeException.ThrowIfNegative(PdqThreshold);
    }
}
