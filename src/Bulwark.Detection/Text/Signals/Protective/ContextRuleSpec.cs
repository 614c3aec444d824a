using Bulwark.Detection.Text.Signals.Phrases;

namespace Bulwark.Detection.Text.Signals.Protective;

/// <summary>
/// A rule as written in <see cref="ContextRules"/>, before its words are normalised. <see cref="Pattern"/> is phrases
/// separated by '|'; a phrase is words separated by spaces, a trailing '*' making a word a stem ("учител*"). Words that
/// fold to several tokens (CJK, "I'm") become several steps. Veto lists are phrases in the same form.
/// </summary>
internal sealed record ContextRuleSpec(string Id, string Language, CueKind Cue, string Pattern) : IPhraseSpec
{
    /// <summary>Id when the role is stated in the first person ("I'm a …", "…として"); built once so detection allocates none.</summary>
    public string FirstPersonId { get; } = Id + ".first_person";

    /// <summary>Id when the cue counts on its own (a bare role word, a self-stated role, a frame).</summary>
    public string BareId { get; } = Cue == CueKind.Role ? Id + ".role" : Id;

    /// <summary>Id when a protective question or request for help in the text raised the confidence.</summary>
    public string IntentId { get; } = (Cue == CueKind.Role ? Id + ".role" : Id) + ".with_intent";

    /// <summary>The context a <see cref="CueKind.Role"/>, <see cref="CueKind.SelfRole"/> or <see cref="CueKind.Frame"/> rule is evidence of.</summary>
    public ProtectiveContextKind Kind { get; init; }

    /// <summary>Confidence of the cue on its own: a bare role word, a self-stated role or a frame.</summary>
    public double Confidence { get; init; }

    /// <summary>Confidence when the text also asks a protective question or for help; at least <see cref="Confidence"/>.</summary>
    public double IntentConfidence { get; init; }

    /// <summary>Phrases just before the match that make it someone else's role or another sense ("my teacher").</summary>
    public string? PrevVeto { get; init; }

    /// <summary>Phrases just after the match that make it another sense ("parent company", "nurse shark").</summary>
    public string? NextVeto { get; init; }

    /// <summary>For <see cref="CueKind.Intro"/>: the most tokens between it and the role ("I'm a paediatric nurse").</summary>
    public int MaxBetween { get; init; } = 3;

    /// <summary>For <see cref="CueKind.Threat"/>: the phrase itself says the writer is the one threatened (Japanese passive "脅されて").</summary>
    public bool SelfImplied { get; init; }
}
