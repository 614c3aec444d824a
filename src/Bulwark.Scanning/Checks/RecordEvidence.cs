using Bulwark.Detection.Hashing.Pdq;
using Bulwark.Scanning.Records;
using Bulwark.Scanning.Urls;

namespace Bulwark.Scanning.Checks;

/// <summary>
/// What was computed from one record for the checks: digests and PDQ query hashes of its image, and its canonical
/// URL (computed once, on first use, for both the URL and the source checks). One thread checks a record.
/// </summary>
internal sealed class RecordEvidence
{
    private CanonicalUrl? _url;
    private bool _urlCanonicalised;

    public string? Md5 { get; set; }

    public string? Sha256 { get; set; }

    /// <summary>All PDQ query hashes, canonical first; null when the image was not hashed.</summary>
    public IReadOnlyList<PdqQueryHash>? PdqQueries { get; set; }

    /// <summary>Why the record's image could not be examined (undecodable); such a record is never written clean.</summary>
    public string? Problem { get; set; }

    /// <summary>The record's URL canonicalised, or null when it has none (or no host).</summary>
    public CanonicalUrl? Url(RecordText url)
    {
        if (!_urlCanonicalised)
        {
            _url = UrlCanonicaliser.Canonicalise(url.Span);
            _urlCanonicalised = true;
        }

        return _url;
    }
}
