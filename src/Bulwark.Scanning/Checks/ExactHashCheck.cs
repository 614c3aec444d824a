using Bulwark.Detection.Hashing.Exact;
using Bulwark.Detection.Matching;
using Bulwark.Scanning.Records;

namespace Bulwark.Scanning.Checks;

/// <summary>
/// MD5 and SHA-256 against the banks: of the image bytes when the record has them, and of the hash columns the
/// dataset gives (so a metadata-only table with an md5 column is checked without its images).
/// </summary>
internal sealed class ExactHashCheck(HashMatcher matcher) : IRecordCheck
{
    public string Name => "exact";

    public ValueTask CheckAsync(DatasetRecord record, RecordEvidence evidence, List<RecordFlag> flags, CancellationToken cancellationToken)
    {
        HashSet<(string Bank, long Entry)>? seen = null;
        if (evidence.Md5 is not null || evidence.Sha256 is not null)
        {
            Add(matcher.MatchExact(new ExactDigests(0, evidence.Md5, evidence.Sha256)));
        }

        var md5 = Hex(record.GivenMd5, 32);
        var sha256 = Hex(record.GivenSha256, 64);
        if ((md5 is not null && md5 != evidence.Md5) || (sha256 is not null && sha256 != evidence.Sha256))
        {
            Add(matcher.MatchExact(new ExactDigests(0, md5, sha256)));
        }

        return ValueTask.CompletedTask;

        void Add(IReadOnlyList<HashMatch> matches)
        {
            foreach (var match in matches)
            {
                if ((seen ??= []).Add((match.Bank, match.EntryId)))
                {
                    flags.Add(new RecordFlag(match.SignalType.Name, match.Bank) { Matched = match.MatchedHash, Label = match.Label });
                }
            }
        }
    }

    /// <summary>A given hash as lowercase hex, or null when the column's value is not a hash of that length.</summary>
    private static string? Hex(string? value, int length)
    {
        var trimmed = value?.Trim();
        if (trimmed is null || trimmed.Length != length || !trimmed.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        return trimmed.ToLowerInvariant();
    }
}
