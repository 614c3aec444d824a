using Bulwark.Scanning.Records;

namespace Bulwark.Scanning.Formats;

/// <summary>Writes the kept records of each batch, in order, to one shard's cleaned copy.</summary>
internal interface IShardWriter : IAsyncDisposable
{
    /// <summary>Writes the records of <paramref name="batch"/> whose <paramref name="keep"/> entry is true.</summary>
    ValueTask WriteAsync(RecordBatch batch, IReadOnlyList<bool> keep, CancellationToken cancellationToken);

    /// <summary>Finishes the file (footers, end-of-archive); only a completed copy may be renamed into place.</summary>
    ValueTask CompleteAsync(CancellationToken cancellationToken);
}
