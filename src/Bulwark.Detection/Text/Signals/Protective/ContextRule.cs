using System.Collections.Frozen;
using Bulwark.Detection.Text.Signals.Minors;

namespace Bulwark.Detection.Text.Signals.Protective;

/// <summary>
/// One phrase of a <see cref="ContextRuleSpec"/> with its words normalised to the folded view, ready to match tokens;
/// the rule ids a finding can carry are built here, once, so detection allocates none.
/// </summary>
internal sealed class ContextRule(ContextRuleSpec spec, RuleStep[] steps, RuleStep[][] prevVeto, RuleStep[][] nextVeto)
{
    private readonly Edge _prevVetoEdge = new(prevVeto, phrase => phrase[^1]);
    private readonly Edge _nextVetoEdge = new(nextVeto, phrase => phrase[0]);

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

    /// <summary>Whether a veto phrase may end with the token just before a match; false rules out every phrase with one lookup.</summary>
    public bool MayBePrevVeto(ReadOnlySpan<char> token) => _prevVetoEdge.May(token);

    /// <summary>Whether a veto phrase may start with the token just after a match.</summary>
    public bool MayBeNextVeto(ReadOnlySpan<char> token) => _nextVetoEdge.May(token);

    /// <summary>
    /// The words a set of veto phrases can have at the edge next to the match. A role has a dozen veto phrases and
    /// trying each at every role word was most of the matching time; one set lookup rules nearly all out.
    /// </summary>
    private sealed class Edge
    {
        private readonly bool _any;
        private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

        public Edge(RuleStep[][] phrases, Func<RuleStep[], RuleStep> edge)
        {
            _any = Array.Exists(phrases, phrase => edge(phrase).Kind != StepKind.Literal);
            _words = phrases.SelectMany(phrase => edge(phrase).Forms).ToFrozenSet(StringComparer.Ordinal)
                .GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public bool May(ReadOnlySpan<char> token) => _any || _words.Contains(token);
    }
}
