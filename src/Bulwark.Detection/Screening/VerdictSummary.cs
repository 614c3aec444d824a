using Bulwark.Detection.Policy;
namespace Bulwark.Detection.Screening;

/// <summary>What a person or a script first wants from a verdict: is it a violation, in which categories, how strongly.</summary>
/// <param name="Violating">A violation category holds, blocks or reports the content (support and allow do not).</param>
/// <param name="Categories">Those violation categories, most severe first.</param>
/// <param name="Score">The highest violation score, flagged or not.</param>
public sealed record VerdictSummary(bool Violating, IReadOnlyList<string> Categories, double Score)
{
    /// <summary>Violating when a violation category holds, blocks or reports; categories are those, most severe first.</summary>
    public static VerdictSummary Of(Verdict verdict, ScreeningPolicy policy)
    {
        var violations = verdict.Categories
            .Where(outcome => policy.Categories.TryGetValue(outcome.Category, out var category) && category.Kind == CategoryKind.Violation)
            .ToList();
        var flagged = violations.Where(outcome => outcome.Action >= PolicyAction.HoldForReview).Select(outcome => outcome.Category).ToList();
        return new VerdictSummary(flagged.Count > 0, flagged, violations.Count == 0 ? 0 : violations.Max(outcome => outcome.Score));
    }
}
