using Bulwark.Scanning.Records;
using Bulwark.Scanning.Urls;

namespace Bulwark.Scanning.Checks;

/// <summary>Known-risk sources: a URL on a listed domain (any depth of subdomain), or a record from a listed dataset.</summary>
internal sealed class SourceListCheck(IReadOnlyList<SourceList> lists) : IRecordCheck
{
    // An array, so the per-record loop does not box an enumerator.
    private readonly SourceList[] _lists = [.. lists];

    public string Name => "source";

    public ValueTask CheckAsync(DatasetRecord record, RecordEvidence evidence, List<RecordFlag> flags, CancellationToken cancellationToken)
    {
        var url = evidence.Url(record.Url);
        foreach (var list in _lists)
        {
            if (url is not null && list.MatchDomain(url) is { } domain)
            {
                flags.Add(new RecordFlag(Name, list.Name) { Matched = "domain:" + domain });
            }
            else if (list.MatchDataset(record.Source))
            {
                flags.Add(new RecordFlag(Name, list.Name) { Matched = "dataset:" + record.Source!.Trim() });
            }
        }

        return ValueTask.CompletedTask;
    }
}
