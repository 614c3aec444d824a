namespace Bulwark.Detection.Text.Signals.Contact;

/// <summary>What a matched <see cref="ContactRuleSpec"/> contributes.</summary>
internal enum ContactRuleRole : byte
{
    /// <summary>A behaviour of its own: a <see cref="ContactCue"/> of the rule's kind.</summary>
    Cue,

    /// <summary>The writer announcing what they will do: "I'll", "I'm gonna", "or I will". Raises an addressed exposure threat after it.</summary>
    FirstPersonOpener,

    /// <summary>Someone else's announced act, reported: "he'll", "she says she will", "threatening to". Required by a reported exposure threat.</summary>
    ReportedOpener,
}
