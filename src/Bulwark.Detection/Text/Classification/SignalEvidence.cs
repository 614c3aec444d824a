using Bulwark.Detection.Text.Normalisation;

namespace Bulwark.Detection.Text.Classification;

/// <summary>One signal finding behind a <see cref="CategoryScore"/>: the rule that fired, where, and how sure it was.</summary>
/// <param name="RuleId">The signal's rule, e.g. <c>age.en.years_old</c>, <c>sexual.en.sexual</c>, <c>intent.en.generate</c>.</param>
/// <param name="Span">Where in the text the user wrote (for a conversation, in <see cref="TextClassification.Text"/>).</param>
/// <param name="Confidence">The signal's own confidence, from 0 to 1.</param>
public sealed record SignalEvidence(string RuleId, TextSpan Span, double Confidence);
