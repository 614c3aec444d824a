namespace Bulwark.Detection.Screening;

/// <summary>One detector's judgement that content falls in a policy category, with a score and evidence.</summary>
public sealed record Finding
{
    /// <param name="category">A policy category id (see <see cref="Policy.CategoryIds"/>).</param>
    /// <param name="score">How strongly the content falls in the category, in [0, 1].</param>
    /// <param name="evidence">Why.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is outside [0, 1] or not a number.</exception>
    public Finding(string category, double score, Evidence evidence)
    {
        ArgumentException.ThrowIfNullOrEmpty(category);
        ArgumentNullException.ThrowIfNull(evidence);
        if (score is not (>= 0.0 and <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A finding's score must be between 0 and 1.");
        }

        Category = category;
        Score = score;
        Evidence = evidence;
    }

    /// <summary>The category id.</summary>
    public string Category { get; }

    /// <summary>The score in [0, 1].</summary>
    public double Score { get; }

    /// <summary>Why the detector reported it.</summary>
    public Evidence Evidence { get; }

    /// <summary>The detector that reported it; set by the <see cref="Screener"/>.</summary>
    public string? Detector { get; init; }
}
