using Bulwark.Detection.Text.Normalisation;

namespace Bulwark.Detection.Text.Signals;

/// <summary>One request or proposal in a text: what is asked for, how sure the rule is, and where it is in the text the user wrote.</summary>
/// <param name="Kind">What is asked for.</param>
/// <param name="Confidence">How likely the phrase, read on its own, expresses this intent, from 0 to 1.</param>
/// <param name="Language">The ISO 639-1 code of the rule's language.</param>
/// <param name="Evidence">The span of <see cref="NormalisedText.Original"/> the rule matched.</param>
/// <param name="RuleId">The rule that fired, e.g. <c>intent.en.generate</c>; stable, for reviewers and tests.</param>
public sealed record Intent(IntentKind Kind, double Confidence, string Language, TextSpan Evidence, string RuleId);
