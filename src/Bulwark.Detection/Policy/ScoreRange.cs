namespace Bulwark.Detection.Policy;

/// <summary>A half-open range of scores, <c>[From, To)</c>; a <see cref="To"/> of 1 includes 1.</summary>
/// <param name="From">Lowest score in the range.</param>
/// <param name="To">First score above the range (or 1, which is included).</param>
public readonly record struct ScoreRange(double From, double To)
{
    /// <summary>Whether <paramref name="score"/> lies in the range.</summary>
    public bool Contains(double score) => score >= From && (score < To || (To >= 1.0 && score >= 1.0));
}
