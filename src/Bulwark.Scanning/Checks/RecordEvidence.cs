using Bulwark.Detection.Hashing.Pdq;

namespace Bulwark.Scanning.Checks;

/// <summary>What was computed from one record's bytes before the checks ran: digests and PDQ query hashes.</summary>
internal sealed class RecordEvidence
{
    public string? Md5 { get; set; }

    public string? Sha256 { get; set; }

    /// <summary>All PDQ query hashes, canonical first; null when the image was not hashed.</summary>
    public IReadOnlyList<PdqQueryHash>? PdqQueries { get; set; }

    /// <summary>Why the record's image could not be examined (undecodable); such a record is never written clean.</summary>
    public string? Problem { get; set; }
}
