namespace Bulwark.Detection.Text.Signals.Contact;

/// <summary>What a matched <see cref="ContactRuleSpec"/> contributes.</summary>
internal enum ContactRuleRole : byte
{
    /// <summary>A behaviour of its own: a <see cref="ContactCue"/> of the rule's kind.</summary>
    Cue,

    /// <summary>The writer announcing what they will do: "I'll", "I'm gonna", "or I will". Raises an addressed exposure threat after it.</summary>
    FirstPersonOpener,

    /// <summary>The first half of a head-and-tail phrase ("don't tell" of "don't tell" + "your parents"); a cue only with its tail right after it.</summary>
    Head,

    /// <summary>The second half of a head-and-tail phrase; carries everything the cue needs, and names its head in <see cref="ContactRuleSpec.Head"/>.</summary>
    Tail,

    /// <summary>Someone else's announced act, reported: "he'll", "she says she will", "threatening to". Required by a reported exposure threat.</summary>
    ReportedOpener,
}
