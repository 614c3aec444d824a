using Bulwark.Detection.Text.Signals.Phrases;

namespace Bulwark.Detection.Text.Signals.Intents;

/// <summary>
/// A rule as written in <see cref="IntentRules"/>, before its words are normalised. <see cref="Pattern"/> is phrases
/// separated by '|'; a phrase is words separated by spaces, a trailing '*' making a word a stem ("рассказ*"). Words that
/// fold to several tokens (CJK, "let's") become several steps. Each confidence is what the rule's finding scores in one
/// situation; the detector takes the highest that applies, and a finding scoring 0 is not reported.
/// </summary>
internal sealed record IntentRuleSpec(string Id, string Language, IntentKind Kind, IntentCue Cue, string Pattern) : IPhraseSpec
{
    /// <summary>Confidence of the phrase on its own, with no request around it.</summary>
    public double Confidence { get; init; }

    /// <summary>Confidence after a request frame of the rule's language or, for an <see cref="IntentCue.Action"/>, at the start of a clause.</summary>
    public double Requested { get; init; }

    /// <summary>Confidence with an <see cref="IntentCue.Object"/> of the same kind near it, in a request; the evidence then covers both.</summary>
    public double WithObject { get; init; }

    /// <summary>Confidence when a number follows within a few words ("you are a 12…", "pretend to be 14"); the number itself is not evidence here.</summary>
    public double WithNumber { get; init; }

    /// <summary>Confidence with a <see cref="IntentCue.Purpose"/> in the same sentence ("pose as … to chat with").</summary>
    public double WithPurpose { get; init; }

    /// <summary>The phrase is a request form by itself (Russian imperatives, Japanese "…て", Chinese "帮我画"), so it always counts as requested.</summary>
    public bool Imperative { get; init; }

    /// <summary>Phrases just before the match that give it another sense ("I write", "je dessine", "a draw").</summary>
    public string? PrevVeto { get; init; }

    /// <summary>Phrases just after the match that give it another sense ("find out", "make sure", "exchange rate").</summary>
    public string? NextVeto { get; init; }
}
