using Bulwark.Detection.Text.Signals.Minors;

namespace Bulwark.Detection.Text.Signals.Protective;

/// <summary>
/// One phrase of a <see cref="ContextRuleSpec"/> with its words normalised to the folded view, ready to match tokens;
/// the rule ids a finding can carry are built here, once, so detection allocates none.
/// </summary>
internal sealed class ContextRule(ContextRuleSpec spec, RuleStep[] steps, RuleStep[][] prevVeto, RuleStep[][] nextVeto)
{
    public ContextRuleSpec Spec { get; } = spec;

    public RuleStep[] Steps { get; } = steps;

    public RuleStep[][] PrevVeto { get; } = prevVeto;

    public RuleStep[][] NextVeto { get; } = nextVeto;

    /// <summary>Id when the role is stated in the first person ("I'm a …", "…として").</summary>
    public string FirstPersonId { get; } = spec.Id + ".first_person";

    /// <summary>Id when the cue counts on its own (a bare role word, a self-stated role, a frame).</summary>
    public string BareId { get; } = spec.Cue == CueKind.Role ? spec.Id + ".role" : spec.Id;

    /// <summary>Id when a protective question or request for help in the text raised the confidence.</summary>
    public string IntentId { get; } = (spec.Cue == CueKind.Role ? spec.Id + ".role" : spec.Id) + ".with_intent";
}
