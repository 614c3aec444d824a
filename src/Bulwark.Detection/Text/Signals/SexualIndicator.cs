using Bulwark.Detection.Text.Normalisation;

namespace Bulwark.Detection.Text.Signals;

/// <summary>
/// One piece of evidence that a text is sexual, names sexual material, or is about sexual health or education: what
/// was found, how sure the rule is, and where it is in the text the user wrote.
/// </summary>
/// <param name="Kind">The kind of evidence.</param>
/// <param name="Confidence">How likely the evidence, read on its own, is of this kind, from 0 to 1.</param>
/// <param name="Language">The ISO 639-1 code of the rule's language.</param>
/// <param name="Evidence">The span of <see cref="NormalisedText.Original"/> the rule matched.</param>
/// <param name="RuleId">The rule that fired, e.g. <c>sexual.en.nudity</c>; stable, for reviewers and tests.</param>
public sealed record SexualIndicator(SexualIndicatorKind Kind, double Confidence, string Language, TextSpan Evidence, string RuleId);
