using Bulwark.Detection.Policy;

namespace Bulwark.Detection.Screening;

/// <summary>How one category came out of screening.</summary>
/// <param name="Category">The category id.</param>
/// <param name="Score">The highest score any finding gave it (0 when it only failed).</param>
/// <param name="Band">The threshold band of <paramref name="Score"/>.</param>
/// <param name="Action">The category's action on the content's surface, including any fail-closed action.</param>
/// <param name="Uncertain">Whether the score lies in the policy's uncertain band (where an LLM judge, if configured, should settle it).</param>
/// <param name="FailedClosed">A detector covering it failed and the policy failed closed: <paramref name="Action"/> is at least the category's on-failure action.</param>
/// <param name="FailedOpen">A detector covering it failed and the policy let it through.</param>
public sealed record CategoryOutcome(
    string Category,
    double Score,
    ScoreBand Band,
    PolicyAction Action,
    bool Uncertain,
    bool FailedClosed,
    bool FailedOpen)
{
    /// <summary>The score is the judge's second opinion, which replaced an uncertain first-pass score.</summary>
    public bool Judged { get; init; }
}
