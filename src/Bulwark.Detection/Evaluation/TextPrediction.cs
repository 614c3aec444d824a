using Bulwark.Detection.Policy;

namespace Bulwark.Detection.Evaluation;

/// <summary>What the screener made of one labelled line.</summary>
/// <param name="Item">The line.</param>
/// <param name="Flagged">Whether the verdict's action is a hold, block or report for a violation category.</param>
/// <param name="Action">The verdict's action.</param>
/// <param name="Categories">The violation categories at or above their review threshold, most severe first.</param>
/// <param name="Score">The highest violation score.</param>
public sealed record TextPrediction(LabelledText Item, bool Flagged, PolicyAction Action, IReadOnlyList<string> Categories, double Score)
{
    /// <summary>The category a reader would name first, or "none".</summary>
    public string Primary => Categories.Count > 0 ? Categories[0] : "none";
}
