using Bulwark.Detection.Hashing.Pdq;
using Bulwark.Detection.Matching;
using Bulwark.Scanning.Records;

namespace Bulwark.Scanning.Checks;

/// <summary>
/// The image's PDQ query hashes (canonical plus the configured views) against the banks; the closest match per bank is
/// flagged. Images whose canonical quality is below the matching minimum are not matched: their hashes are too
/// unreliable (flat or tiny images), as Meta's matcher also treats them.
/// </summary>
internal sealed class PdqCheck(HashMatcher matcher, int threshold) : IRecordCheck
{
    public string Name => "pdq";

    public ValueTask CheckAsync(DatasetRecord record, RecordEvidence evidence, List<RecordFlag> flags, CancellationToken cancellationToken)
    {
        if (evidence.PdqQueries is not { Count: > 0 } queries || queries[0].Quality < PdqQuality.MatchingMinimum)
        {
            return ValueTask.CompletedTask;
        }

        HashSet<string>? banks = null;
        foreach (var match in matcher.MatchPdq(queries, threshold))
        {
            if ((banks ??= new HashSet<string>(StringComparer.Ordinal)).Add(match.Bank))
            {
                flags.Add(new RecordFlag(Name, match.Bank) { Matched = match.MatchedHash, Label = match.Label, Distance = match.Distance, View = match.View });
            }
        }

        return ValueTask.CompletedTask;
    }
}
