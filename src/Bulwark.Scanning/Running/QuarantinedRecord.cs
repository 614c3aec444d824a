using Bulwark.Scanning.Checks;

namespace Bulwark.Scanning.Running;

/// <summary>
/// One line of the quarantine manifest: a record left out of the cleaned copy, why, and its hashes — never its
/// content, caption or URL. A flagged record also carries its URL, caption and image for the finding sink, which seals
/// them in the casework store as the incident's evidence; the manifest never writes them.
/// </summary>
/// <param name="Shard">The shard's path relative to the output's clean folder.</param>
/// <param name="RecordId">The record's id (id column, tar key, file name, or line/row number).</param>
/// <param name="Index">The record's position in its shard, from 0.</param>
/// <param name="Status">"quarantined" (a check flagged it) or "unreadable" (it could not be examined).</param>
/// <param name="Flags">The checks that flagged it; empty when unreadable.</param>
public sealed record QuarantinedRecord(string Shard, string RecordId, long Index, string Status, IReadOnlyList<RecordFlag> Flags)
{
    /// <summary>Why the record could not be examined (status "unreadable").</summary>
    public string? Reason { get; init; }

    public string? Md5 { get; init; }

    public string? Sha256 { get; init; }

    /// <summary>The image's canonical PDQ hash.</summary>
    public string? Pdq { get; init; }

    public int? PdqQuality { get; init; }

    /// <summary>The record's URL, for the finding sink only (never in the manifest).</summary>
    public string? Url { get; init; }

    /// <summary>The record's caption, for the finding sink only (never in the manifest).</summary>
    public string? Caption { get; init; }

    /// <summary>
    /// A copy of the record's image bytes, for the finding sink only (never in the manifest); kept only while a finding
    /// sink is configured and the shard's <see cref="ScanOptions.EvidenceBytesPerShard"/> allows.
    /// </summary>
    public ReadOnlyMemory<byte>? Image { get; init; }
}
