using Bulwark.Scanning.Records;

namespace Bulwark.Scanning.Running;

/// <summary>
/// Counts one shard's records as they are written, and turns each left-out record into its manifest entry, keeping
/// flagged images (copies) for the finding sink up to <paramref name="evidenceBudget"/> bytes.
/// </summary>
internal sealed class ShardTally(Shard shard, long evidenceBudget = 0)
{
    private long _evidenceLeft = evidenceBudget;
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
            Url = outcome.IsFlagged ? record.Url.ToString() : null,
            Caption = outcome.IsFlagged ? record.Caption.ToString() : null,
            Image = outcome.IsFlagged ? KeepImage(record.Image) : null,
        };
    }

    /// <summary>A copy of the image while the budget lasts: the reader's buffers are reused once the batch is written.</summary>
    private ReadOnlyMemory<byte>? KeepImage(ReadOnlyMemory<byte>? image)
    {
        if (image is not { Length: > 0 } bytes || bytes.Length > _evidenceLeft)
        {
            return null;
        }

        _evidenceLeft -= bytes.Length;
        return bytes.ToArray();
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
