using Bulwark.Detection.Text.Normalisation;

namespace Bulwark.Detection.Text.Signals;

/// <summary>
/// One piece of evidence that a text refers to someone under 18: what was found, the ages it implies, how sure the
/// rule is, and where it is in the text the user wrote.
/// </summary>
/// <param name="Kind">The kind of evidence.</param>
/// <param name="MinAge">The youngest age the evidence implies (the age itself for <see cref="MinorIndicatorKind.Age"/>).</param>
/// <param name="MaxAge">
/// The oldest age the evidence implies. May be 18 or more for bands that straddle adulthood ("high school senior",
/// "teenager"); <see cref="MinAge"/> is always under 18.
/// </param>
/// <param name="Confidence">
/// How likely the evidence, read on its own, refers to a minor, from 0 to 1. Values at or above
/// <see cref="MinorIndicatorDetector.LikelyMinor"/> mean "probably a minor"; ambiguous words ("kid", "baby", "high
/// school" alone) sit below it and only count together with other signals.
/// </param>
/// <param name="Language">The ISO 639-1 code of the rule's language ("en", "es", "fr", "de", "pt", "it", "ru", "zh", "ja").</param>
/// <param name="Evidence">The span of <see cref="NormalisedText.Original"/> the rule matched.</param>
/// <param name="RuleId">The rule that fired, e.g. <c>age.en.years_old</c>; stable, for reviewers and tests.</param>
public sealed record MinorIndicator(
    MinorIndicatorKind Kind,
    int MinAge,
    int MaxAge,
    double Confidence,
    string Language,
    TextSpan Evidence,
    string RuleId);
