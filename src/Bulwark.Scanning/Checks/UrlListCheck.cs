using Bulwark.Scanning.Records;
using Bulwark.Scanning.Urls;

namespace Bulwark.Scanning.Checks;

/// <summary>The record's URL, canonicalised, against URL lists as Safe Browsing host-suffix/path-prefix expressions.</summary>
internal sealed class UrlListCheck(IReadOnlyList<UrlList> lists) : IRecordCheck
{
    // An array, so the per-record loop does not box an enumerator.
    private readonly UrlList[] _lists = [.. lists];

    public string Name => "url";

    public ValueTask CheckAsync(DatasetRecord record, RecordEvidence evidence, List<RecordFlag> flags, CancellationToken cancellationToken)
    {
        if (evidence.Url(record.Url) is { } url)
        {
            foreach (var list in _lists)
            {
                if (list.Match(url) is { } expression)
                {
                    flags.Add(new RecordFlag(Name, list.Name) { Matched = expression });
                }
            }
        }

        return ValueTask.CompletedTask;
    }
}
