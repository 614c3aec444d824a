using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Scanning.Records;

namespace Bulwark.Scanning.Checks;

/// <summary>
/// The caption through the screener on the policy's <c>dataset</c> surface: a caption whose verdict is anything
/// but allow (hold for review, block, report) flags the record, under the verdict's primary category. Fails closed: a
/// detector failure the policy fails closed on yields a hold, which flags.
/// </summary>
internal sealed class CaptionCheck(Screener screener) : IRecordCheck
{
    public string Name => "caption";

    public async ValueTask CheckAsync(DatasetRecord record, RecordEvidence evidence, List<RecordFlag> flags, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(record.Caption))
        {
            return;
        }

        var verdict = await screener.ScreenAsync(Content.FromText(record.Caption, Surface.Dataset), cancellationToken).ConfigureAwait(false);
        if (verdict.Action is PolicyAction.Allow or PolicyAction.Support)
        {
            return;
        }

        var category = verdict.Categories.FirstOrDefault(outcome => outcome.Action == verdict.Action);
        flags.Add(new RecordFlag(Name, category?.Category ?? "detector-failure") { Score = category is null ? null : Math.Round(category.Score, 4) });
    }
}
