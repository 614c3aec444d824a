namespace Bulwark.Detection.Text.Signals.Protective;

/// <summary>Everything the detector knows about one folded-view token, found with a single dictionary lookup.</summary>
/// <param name="Rules">Rules whose phrase starts with this token.</param>
/// <param name="IsFirstPerson">A first-person pronoun or possessive ("me", "my", "mi", "mich", "мне", "我", "私").</param>
/// <param name="BreaksIntro">
/// A word that ends a first-person role statement before its role ("I'm 15 and my teacher…", "I'm not a nurse"): a
/// conjunction, negation, possessive or preposition.
/// </param>
internal sealed record ContextEntry(ContextRule[] Rules, bool IsFirstPerson, bool BreaksIntro)
{
    public static ContextEntry Empty { get; } = new([], false, false);
}
