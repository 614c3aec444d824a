using System.Buffers;
using Bulwark.Detection.Text.Normalisation;
using Bulwark.Detection.Text.Signals.Minors;
using Bulwark.Detection.Text.Tokens;

namespace Bulwark.Detection.Text.Signals.Phrases;

/// <summary>
/// The tokens of one folded view and the matching of a <see cref="PhraseLexicon{TSpec}"/> over them. Tokens of a
/// phrase may be separated by at most <see cref="MaxGap"/> of ` -/'_&amp;·` ("I'm", "en tant qu'enseignant",
/// "trust &amp; safety", "face-swap").
/// </summary>
internal readonly ref struct PhraseScan<TSpec>
    where TSpec : class, IPhraseSpec
{
    /// <summary>The most characters between two tokens of one phrase.</summary>
    public const int MaxGap = 3;

    private static readonly SearchValues<char> PhraseGapChars = SearchValues.Create(" -/'_&\u2019\u00B7\u2010\u2011");

    /// <summary>Punctuation that ends a clause: a statement's parts on both sides of it do not belong together.</summary>
    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(".!?;:,\n\u3002\uFF01\uFF1F\uFF0C\u3001\uFF1B\uFF1A");

    /// <summary>Punctuation that ends a sentence.</summary>
    private static readonly SearchValues<char> SentenceBreaks = SearchValues.Create(".!?\n\u3002\uFF01\uFF1F");

    private readonly string _view;
    private readonly TokenList _tokens;
    private readonly PhraseLexicon<TSpec> _lexicon;

    public PhraseScan(TokenList tokens, PhraseLexicon<TSpec> lexicon)
    {
        _view = tokens.View;
        _tokens = tokens;
        Tokens = tokens.Tokens;
        _lexicon = lexicon;
    }

    public ReadOnlySpan<Token> Tokens { get; }

    public ReadOnlySpan<char> Text(int index) => _view.AsSpan(Tokens[index].Start, Tokens[index].Length);

    public PhraseEntry<TSpec> Lookup(int index) => _lexicon.Lookup(_tokens, index);

    /// <summary>The original-text span of tokens <paramref name="first"/> to <paramref name="last"/> of the folded view.</summary>
    public TextSpan Map(NormalisedText text, int first, int last) =>
        text.MapToOriginal(TextView.Folded, Tokens[first].Start, Tokens[last].End - Tokens[first].Start);

    /// <summary>
    /// One word and one stem lookup per token: adds every phrase that matches from it and is not vetoed to
    /// <paramref name="hits"/>, in order of their first token; returns the OR of the word classes of all tokens.
    /// </summary>
    public int Collect(List<PhraseHit<TSpec>> hits)
    {
        var classes = 0;
        for (var i = 0; i < Tokens.Length; i++)
        {
            var entry = _lexicon.Lookup(_tokens, i);
            classes |= entry.WordClasses;
            TryRules(entry.Rules, i, hits);
            if (entry.HasRulesByNext && Linked(i))
            {
                TryRules(entry.RulesBefore(Text(i + 1)), i, hits);
            }

            TryRules(_lexicon.StemRules(_tokens, i), i, hits);
        }

        return classes;
    }

    /// <summary>True when no clause punctuation separates tokens <paramref name="left"/> and <paramref name="right"/>.</summary>
    public bool SameClause(int left, int right) => !Between(left, right).ContainsAny(ClauseBreaks);

    /// <summary>True when no sentence punctuation separates tokens <paramref name="left"/> and <paramref name="right"/>.</summary>
    public bool SameSentence(int left, int right) => !Between(left, right).ContainsAny(SentenceBreaks);

    /// <summary>Whether tokens <paramref name="left"/> and <paramref name="left"/> + 1 are close enough to be words of one phrase.</summary>
    public bool Linked(int left)
    {
        if (left < 0 || left + 1 >= Tokens.Length)
        {
            return false;
        }

        var gap = _view.AsSpan(Tokens[left].End, Tokens[left + 1].Start - Tokens[left].End);
        return gap.Length <= MaxGap && !gap.ContainsAnyExcept(PhraseGapChars);
    }

    private ReadOnlySpan<char> Between(int left, int right)
    {
        var (a, b) = left <= right ? (left, right) : (right, left);
        return _view.AsSpan(Tokens[a].End, Math.Max(0, Tokens[b].Start - Tokens[a].End));
    }

    private void TryRules(PhraseRule<TSpec>[] rules, int first, List<PhraseHit<TSpec>> hits)
    {
        foreach (var rule in rules)
        {
            if (TryMatch(rule.Steps, first, out var last) && !Vetoed(rule, first, last))
            {
                hits.Add(new PhraseHit<TSpec>(rule, first, last));
            }
        }
    }

    private bool TryMatch(RuleStep[] steps, int first, out int last)
    {
        last = first + steps.Length - 1;
        if (last >= Tokens.Length)
        {
            return false;
        }

        for (var s = 0; s < steps.Length; s++)
        {
            if ((s > 0 && !Linked(first + s - 1)) || !steps[s].MatchesWord(Text(first + s)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a veto phrase ends just before the match or starts just after it.</summary>
    private bool Vetoed(PhraseRule<TSpec> rule, int first, int last)
    {
        if (rule.PrevVeto.Length > 0 && Linked(first - 1) && rule.MayBePrevVeto(Text(first - 1)))
        {
            foreach (var phrase in rule.PrevVeto)
            {
                var start = first - phrase.Length;
                if (start >= 0 && TryMatch(phrase, start, out _))
                {
                    return true;
                }
            }
        }

        if (rule.NextVeto.Length > 0 && Linked(last) && rule.MayBeNextVeto(Text(last + 1)))
        {
            foreach (var phrase in rule.NextVeto)
            {
                if (TryMatch(phrase, last + 1, out _))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
