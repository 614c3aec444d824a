using Bulwark.Scanning.Records;

namespace Bulwark.Scanning.Running;

/// <summary>Counts one shard's records as they are written, and turns each left-out record into its manifest entry.</summary>
internal sealed class ShardTally(Shard shard)
{
    private readonly SortedDictionary<string, long> _byCheck = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, long> _byRule = new(StringComparer.Ordinal);
    private long _records;
    private long _clean;
    private long _quarantined;
    private long _unreadable;

    /// <summary>Counts the record; returns its manifest entry when it is left out of the cleaned copy.</summary>
    public QuarantinedRecord? Add(DatasetRecord record, RecordOutcome outcome)
    {
        _records++;
        if (outcome.IsClean)
        {
            _clean++;
            return null;
        }

        string status;
        if (outcome.IsFlagged)
        {
            _quarantined++;
            status = "quarantined";
            foreach (var check in outcome.Flags.Select(flag => flag.Check).Distinct())
            {
                _byCheck[check] = _byCheck.GetValueOrDefault(check) + 1;
            }

            foreach (var rule in outcome.Flags.Select(flag => $"{flag.Check}/{flag.Rule}").Distinct())
            {
                _byRule[rule] = _byRule.GetValueOrDefault(rule) + 1;
            }
        }
        else
        {
            _unreadable++;
            status = "unreadable";
        }

        var canonical = outcome.Evidence.PdqQueries is { Count: > 0 } queries ? queries[0] : (Detection.Hashing.Pdq.PdqQueryHash?)null;
        return new QuarantinedRecord(shard.RelativePath, record.Id, record.Index, status, outcome.Flags)
        {
            Reason = outcome.IsFlagged ? null : outcome.Problem,
            Md5 = outcome.Evidence.Md5,
            Sha256 = outcome.Evidence.Sha256,
            Pdq = canonical?.Hash.ToString(),
            PdqQuality = canonical?.Quality,
        };
    }

    public ShardSummary ToSummary() => new(shard.RelativePath, shard.Format.Name)
    {
        Records = _records,
        Clean = _clean,
        Quarantined = _quarantined,
        Unreadable = _unreadable,
        ByCheck = _byCheck,
        ByRule = _byRule,
    };
}
