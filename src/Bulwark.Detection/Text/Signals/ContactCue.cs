using Bulwark.Detection.Text.Normalisation;

namespace Bulwark.Detection.Text.Signals;

/// <summary>One grooming or sextortion behaviour in a text: which, how sure the rule is, and where it is in the text the user wrote.</summary>
/// <param name="Kind">The behaviour.</param>
/// <param name="Confidence">How likely the phrase, read on its own, expresses this behaviour, from 0 to 1.</param>
/// <param name="Language">The ISO 639-1 code of the rule's language.</param>
/// <param name="Evidence">The span of <see cref="NormalisedText.Original"/> the rule matched.</param>
/// <param name="RuleId">The rule that fired, e.g. <c>contact.en.secrecy</c>; stable, for reviewers and tests.</param>
public sealed record ContactCue(ContactCueKind Kind, double Confidence, string Language, TextSpan Evidence, string RuleId);
