using Bulwark.Scanning.Records;

namespace Bulwark.Scanning.Formats;

/// <summary>A dataset file layout: how its shards are read as records and how a cleaned copy is written.</summary>
internal interface IDatasetFormat
{
    /// <summary>The format's name in reports ("parquet", "jsonl", "webdataset", "images").</summary>
    string Name { get; }

    /// <summary>Streams the shard in batches; a malformed shard throws <see cref="MalformedShardException"/> part-way.</summary>
    IAsyncEnumerable<RecordBatch> ReadAsync(string shardPath, ColumnMapping columns, bool forCleanCopy, CancellationToken cancellationToken);

    /// <summary>Starts the cleaned copy of a shard at <paramref name="destination"/> (a temporary name the caller renames).</summary>
    IShardWriter CreateWriter(string shardPath, string destination);
}
