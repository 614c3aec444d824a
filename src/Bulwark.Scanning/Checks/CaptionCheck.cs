using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Scanning.Records;

namespace Bulwark.Scanning.Checks;

/// <summary>
/// The caption through the screener on the policy's <c>dataset</c> surface: a caption whose verdict is anything
/// but allow (hold for review, block, report) flags the record, under the verdict's primary category. Fails closed: a
/// detector failure the policy fails closed on yields a hold, which flags.
/// </summary>
/// <remarks>
/// Most captions give the classifier nothing at all. When the screener runs the classifier alone (no judge) and the
/// policy allows every category at score 0 on the dataset surface, a caption without a single finding cannot be
/// flagged, so only captions with findings (or whose classifier run fails) go through the whole screener. The verdict
/// is the same either way; the shortcut saves the screener's bookkeeping on the millions of plain captions.
/// </remarks>
internal sealed class CaptionCheck : IRecordCheck
{
    private readonly Screener _screener;
    private readonly IDetector? _soleDetector;

    public CaptionCheck(Screener screener)
    {
        _screener = screener;
        var nothingFoundIsAllowed = screener.Policy.Categories.Values.All(category =>
            category.ActionFor(Surface.Dataset, 0) is PolicyAction.Allow or PolicyAction.Support);
        if (screener.Judge is null && screener.Detectors is [TextClassifierDetector detector] && nothingFoundIsAllowed)
        {
            _soleDetector = detector;
        }
    }

    public string Name => "caption";

    public async ValueTask CheckAsync(DatasetRecord record, RecordEvidence evidence, List<RecordFlag> flags, CancellationToken cancellationToken)
    {
        if (record.Caption.IsNullOrWhiteSpace)
        {
            return;
        }

        // The caption's only string: made here, on the checking thread, it dies young.
        var content = Content.FromText(record.Caption.ToString()!, Surface.Dataset);
        if (_soleDetector is not null && await FindsNothingAsync(_soleDetector, content, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var verdict = await _screener.ScreenAsync(content, cancellationToken).ConfigureAwait(false);
        if (verdict.Action is PolicyAction.Allow or PolicyAction.Support)
        {
            return;
        }

        var category = PrimaryCategory(verdict);
        flags.Add(new RecordFlag(Name, category?.Category ?? "detector-failure") { Score = category is null ? null : Math.Round(category.Score, 4) });
    }

    /// <summary>
    /// The first category whose action is the verdict's. Its own method: a lambda capturing the verdict would make
    /// every call of <see cref="CheckAsync"/>, flagged or not, allocate the closure on entry.
    /// </summary>
    private static CategoryOutcome? PrimaryCategory(Verdict verdict) =>
        verdict.Categories.FirstOrDefault(outcome => outcome.Action == verdict.Action);

    /// <summary>True only when the classifier ran and found nothing; any failure is left to the screener, which fails closed.</summary>
    private static async ValueTask<bool> FindsNothingAsync(IDetector detector, Content content, CancellationToken cancellationToken)
    {
        try
        {
            var findings = await detector.DetectAsync(content, cancellationToken).ConfigureAwait(false);
            return findings is { Count: 0 };
        }
        catch (Exception e) when (e is not OperationCanceledException && e is not OutOfMemoryException)
        {
            return false;
        }
    }
}
