using Bulwark.Detection.Policy;
using Bulwark.Detection.Text.Classification;

namespace Bulwark.Detection.Screening;

/// <summary>
/// An <see cref="IDetector"/> over the <see cref="ChildSafetyClassifier"/>: one finding per category the text scores
/// in, with the combination rule as the evidence's rule id, the signal rules in its detail and the evidence spans in
/// the original text. Conversations (<see cref="Content.FromConversation"/>) are classified per turn and as a whole.
/// Images yield no findings. Pure CPU work linear in the (length-capped) input, so the screener runs it inline.
/// </summary>
public sealed class TextClassifierDetector : IInlineDetector
{
    private static readonly string[] Covered =
    [
        CategoryIds.CsamSolicitation, CategoryIds.CsamAcquisition, CategoryIds.MinorSexualisation, CategoryIds.Grooming,
        CategoryIds.Sextortion, CategoryIds.MinorImageManipulation, CategoryIds.AbuseAdvocacy, CategoryIds.HasMinor,
        CategoryIds.SupportContext,
    ];

    /// <summary>The answer for a text that scores in no category, shared: most texts, and the scanner asks for millions.</summary>
    private static readonly Task<IReadOnlyList<Finding>> NoFindings = Task.FromResult<IReadOnlyList<Finding>>([]);

    private readonly ChildSafetyClassifier _classifier;

    /// <summary>Creates the detector over <paramref name="classifier"/> (a default one when null).</summary>
    public TextClassifierDetector(ChildSafetyClassifier? classifier = null)
    {
        _classifier = classifier ?? new ChildSafetyClassifier();
    }

    /// <inheritdoc />
    public string Name => "text-classifier";

    /// <summary>About 50 µs for a 2,000-character text (docs/benchmarks.md), so it runs before hash matching and judges.</summary>
    public double Cost => 50;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Categories => Covered;

    /// <inheritdoc />
    public Task<IReadOnlyList<Finding>> DetectAsync(Content content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Kind != ContentKind.Text)
        {
            return NoFindings;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var categories = content.Turns is { } turns ? _classifier.ClassifyConversation(turns).Categories : _classifier.Score(content.Text!);
        if (categories.Count == 0)
        {
            return NoFindings;
        }

        IReadOnlyList<Finding> findings = [.. categories.Select(ToFinding)];
        return Task.FromResult(findings);
    }

    private static Finding ToFinding(CategoryScore score) =>
        new(score.Category, score.Score, new Evidence(score.RuleId)
        {
            Spans = [.. score.Evidence.Select(evidence => evidence.Span)],
            Detail = string.Join(' ', score.Evidence.Select(evidence => evidence.RuleId)),
        });
}
