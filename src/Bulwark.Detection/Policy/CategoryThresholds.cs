namespace Bulwark.Detection.Policy;

/// <summary>A category's score thresholds: scores at or above <see cref="Block"/> are in the block band, scores at or above <see cref="Review"/> in the review band.</summary>
/// <param name="Block">Start of the block band, in [0, 1].</param>
/// <param name="Review">Start of the review band, in [0, 1] and not above <paramref name="Block"/>.</param>
/// <param name="Uncertain">Scores an optional LLM judge is asked to settle; null when the judge is never consulted for this category.</param>
public sealed record CategoryThresholds(double Block, double Review, ScoreRange? Uncertain)
{
    /// <summary>The band <paramref name="score"/> falls in.</summary>
    public ScoreBand Band(double score) =>
        score >= Block ? ScoreBand.Block : score >= Review ? ScoreBand.Review : ScoreBand.None;
}
