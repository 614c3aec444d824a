using System.Collections.Frozen;
using Bulwark.Detection.Text.Signals.Minors;

namespace Bulwark.Detection.Text.Signals.Phrases;

/// <summary>One phrase of a rule with its words normalised to the folded view, ready to match tokens.</summary>
internal sealed class PhraseRule<TSpec>(TSpec spec, RuleStep[] steps, RuleStep[][] prevVeto, RuleStep[][] nextVeto)
    where TSpec : class, IPhraseSpec
{
    private readonly Edge _prevVetoEdge = new(prevVeto, phrase => phrase[^1]);
    private readonly Edge _nextVetoEdge = new(nextVeto, phrase => phrase[0]);

    public TSpec Spec { get; } = spec;

    public RuleStep[] Steps { get; } = steps;

    public RuleStep[][] PrevVeto { get; } = prevVeto;

    public RuleStep[][] NextVeto { get; } = nextVeto;

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
