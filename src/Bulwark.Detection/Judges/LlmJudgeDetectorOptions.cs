using Bulwark.Detection.Policy;

namespace Bulwark.Detection.Judges;

/// <summary>Settings of an <see cref="LlmJudgeDetector"/>.</summary>
public sealed class LlmJudgeDetectorOptions
{
    /// <summary>The detector's name in verdicts and timeouts.</summary>
    public string Name { get; init; } = "llm-judge";

    /// <summary>
    /// Relative cost, in the screener's expected-microseconds scale. A judge call takes hundreds of milliseconds on a
    /// GPU, so the default (500,000) runs it after every local detector.
    /// </summary>
    public double Cost { get; init; } = 500_000;

    /// <summary>
    /// The categories the judge's answer is reported for (and failed closed for when it cannot answer):
    /// <c>csam_solicitation</c> and <c>minor_sexualisation</c>, both of which Llama Guard's S4 covers.
    /// </summary>
    public IReadOnlyCollection<string> Categories { get; init; } = [CategoryIds.CsamSolicitation, CategoryIds.MinorSexualisation];

    /// <summary>The score of a finding when the judge says the content violates: 0.95.</summary>
    public double ViolationScore { get; init; } = 0.95;

    /// <summary>The score of a finding when the judge says it does not: 0.05.</summary>
    public double SafeScore { get; init; } = 0.05;

    public static LlmJudgeDetectorOptions Default { get; } = new();

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Name, nameof(Name));
        ArgumentNullException.ThrowIfNull(Categories, nameof(Categories));
        if (Categories.Count == 0 || Categories.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("The judge detector needs at least one category, and no empty ones.", nameof(Categories));
        }

        if (Cost is not > 0 || double.IsInfinity(Cost))
        {
            throw new ArgumentOutOfRangeException(nameof(Cost), Cost, "A detector's cost must be a positive number.");
        }

        if (ViolationScore is not (>= 0 and <= 1) || SafeScore is not (>= 0 and <= 1) || SafeScore >= ViolationScore)
        {
            throw new ArgumentOutOfRangeException(nameof(ViolationScore), ViolationScore, "Scores must be in [0, 1], the safe score below the violation score.");
        }
    }
}
