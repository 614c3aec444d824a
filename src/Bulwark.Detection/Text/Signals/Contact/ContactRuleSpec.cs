using Bulwark.Detection.Text.Signals.Phrases;

namespace Bulwark.Detection.Text.Signals.Contact;

/// <summary>
/// A rule as written in <see cref="ContactRules"/>, before its words are normalised. <see cref="Pattern"/> is phrases
/// separated by '|'; a phrase is words separated by spaces, a trailing '*' making a word a stem ("робукс*"). Words that
/// fold to several tokens (CJK, "don't") become several steps. Veto lists are phrases in the same form.
/// </summary>
internal sealed record ContactRuleSpec(string Id, string Language, ContactCueKind Kind, string Pattern) : IPhraseSpec
{
    /// <summary>Id when a first-person opener raised an addressed exposure threat ("I'll" + "post your pics"); built once so detection allocates none.</summary>
    public string FirstPersonId { get; } = Id + ".first_person";

    /// <summary>Id when a weak demand was raised by pressure or a threat next to it ("send more" + "or else").</summary>
    public string WithPressureId { get; } = Id + ".with_pressure";

    /// <summary>Whether the rule is a cue of its own or an opener that only changes the confidence of an exposure threat after it.</summary>
    public ContactRuleRole Role { get; init; } = ContactRuleRole.Cue;

    /// <summary>For a <see cref="ContactRuleRole.Tail"/>: the head rule that must end right before it.</summary>
    public ContactRuleSpec? Head { get; init; }

    /// <summary>Confidence of the phrase read on its own.</summary>
    public double Confidence { get; init; }

    /// <summary>Phrases just before the match that give it another sense ("saw a photo of you").</summary>
    public string? PrevVeto { get; init; }

    /// <summary>Phrases just after the match that give it another sense ("show me how", "our secret ingredient").</summary>
    public string? NextVeto { get; init; }

    /// <summary>Who an exposure threat is written by, for the English rules whose phrase does not say it in its verb.</summary>
    public ThreatVoice Voice { get; init; } = ThreatVoice.Stated;

    /// <summary>
    /// When not -1, the phrase counts only when the next word is in this word class of <see cref="ContactLexicon"/>
    /// (an app: "add me on" + "snap"), and the cue's evidence includes that word.
    /// </summary>
    public int FollowingClass { get; init; } = -1;

    /// <summary>The phrase counts only when a sum of money follows it ("send me" + "$500").</summary>
    public bool NeedsAmount { get; init; }

    /// <summary>
    /// A weak demand cue: pressure ("or else", "sonst", "否则") or demand content ("send more", "bitcoin"). Raised to
    /// a likely demand when a cue of the other half or an exposure threat is near.
    /// </summary>
    public bool Weak { get; init; }

    /// <summary>For <see cref="Weak"/> demand cues: true for the pressure half ("or else"), false for the content half ("send more").</summary>
    public bool Pressure { get; init; }
}
