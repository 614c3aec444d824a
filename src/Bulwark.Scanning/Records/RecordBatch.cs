namespace Bulwark.Scanning.Records;

/// <summary>
/// A run of consecutive records from one shard, with whatever the shard's writer needs to copy the kept ones
/// (<see cref="Payload"/>: a Parquet row group's columns, tar members, JSONL lines, file paths).
/// </summary>
internal sealed class RecordBatch(IReadOnlyList<DatasetRecord> records, object? payload)
{
    public IReadOnlyList<DatasetRecord> Records { get; } = records;

    public object? Payload { get; } = payload;
}
