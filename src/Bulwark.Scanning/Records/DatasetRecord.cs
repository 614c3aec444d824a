using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Bulwark.Scanning.Records;

/// <summary>
/// One record of a shard as the checks see it: the fields the column mapping found, nothing else. The record's
/// own bytes (all columns, tar members, the JSONL line) stay with the shard's reader so the cleaned copy is written
/// exactly as it was read.
/// </summary>
internal sealed class DatasetRecord
{
    /// <summary>Position in the shard, from 0.</summary>
    public required long Index { get; init; }

    /// <summary>
    /// The record's id: the mapped id column, a tar sample's key, a file name, or (when none is given) the index as
    /// text, made only when asked for: most records are never reported, and a million index strings are garbage.
    /// </summary>
    [AllowNull]
    public string Id
    {
        get => field ??= Index.ToString(CultureInfo.InvariantCulture);
        init => field = value;
    }

    public RecordText Url { get; init; }

    public RecordText Caption { get; init; }

    /// <summary>The record's image, when the shard carries one.</summary>
    public ReadOnlyMemory<byte>? Image { get; init; }

    /// <summary>An MD5 given by the dataset (hex), checked when no image bytes are present or in addition to them.</summary>
    public string? GivenMd5 { get; init; }

    /// <summary>A SHA-256 given by the dataset (hex).</summary>
    public string? GivenSha256 { get; init; }

    /// <summary>The dataset or source the record says it came from (mapped source column), if any.</summary>
    public string? Source { get; init; }

    /// <summary>Why the record cannot be read (bad JSON line, missing file); such a record is never written clean.</summary>
    public string? Problem { get; init; }
}
