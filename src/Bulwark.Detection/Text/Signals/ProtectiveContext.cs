using Bulwark.Detection.Text.Normalisation;

namespace Bulwark.Detection.Text.Signals;

/// <summary>
/// Evidence that a text comes from, or is framed by, a context that must not be blocked: a parent, educator,
/// clinician, survivor, victim asking for help, researcher, journalist, trust-and-safety worker, literature or law.
/// </summary>
/// <param name="Kind">The context.</param>
/// <param name="Confidence">
/// How likely the text is in this context, from 0 to 1. At or above <see cref="ProtectiveContextDetector.Likely"/> the
/// context is stated (a first-person role, a role with a protective question, a victim asking for help, a scholarly,
/// legal or literary frame); a bare role word ("teacher", "nurse") sits below it.
/// </param>
/// <param name="Language">The ISO 639-1 code of the rule's language ("en", "es", "fr", "de", "pt", "it", "ru", "zh", "ja").</param>
/// <param name="Evidence">The span of <see cref="NormalisedText.Original"/> the rule matched ("I'm a paediatric nurse").</param>
/// <param name="RuleId">The rule that fired, e.g. <c>context.en.parent.first_person</c>; stable, for reviewers and tests.</param>
/// <param name="Support">
/// The span of <see cref="NormalisedText.Original"/> of the protective question or request for help that raised the
/// confidence ("how do I keep … safe", "what do I do"), or null when none did.
/// </param>
public sealed record ProtectiveContext(
    ProtectiveContextKind Kind,
    double Confidence,
    string Language,
    TextSpan Evidence,
    string RuleId,
    TextSpan? Support);
