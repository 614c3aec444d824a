using Bulwark.Detection.Text.Normalisation;
using Bulwark.Detection.Text.Signals;
using Bulwark.Detection.Text.Signals.Contact;
using Bulwark.Detection.Text.Signals.Intents;
using Bulwark.Detection.Text.Signals.Minors;
using Bulwark.Detection.Text.Signals.Phrases;
using Bulwark.Detection.Text.Signals.Protective;
using Bulwark.Detection.Text.Signals.Sexual;
using Bulwark.Detection.Text.Tokens;
using ContextCue = Bulwark.Detection.Text.Signals.Protective.CueKind;

namespace Bulwark.Detection.Text.Classification;

/// <summary>
/// The classifier's exact negative test: from the signals' own compiled rules, the cue kinds a normalised text could
/// possibly yield, and whether those could make any category score (<see cref="CategoryScorer.MayScore"/>). When they
/// cannot, the classification is empty and the signals need not run. Built once per process; thread-safe.
/// </summary>
/// <remarks>
/// <para>Why "false" is exact. Every cue comes from a match of one compiled rule: a phrase rule of the sexual, intent,
/// contact, protective or classifier-word lexicon (<see cref="PhraseScan{TSpec}.Collect"/>, over the folded tokens of
/// the text and, for some signals, of every decoded segment), or a minor rule (over the folded tokens and, where they
/// differ, the canonical tokens, of the text and every decoded segment). A match of a rule at token i means each step
/// matches the tokens from i on. This index holds every rule whose cue kind some clause of
/// <see cref="CategoryScorer.ScoringClauses"/> asks about, under its first step, and <see cref="MayScore"/> tries each
/// such rule at every token of every one of those token lists, with a test that accepts at least whatever the signal
/// accepts:</para>
/// <list type="bullet">
/// <item>words and stems: the step's own <see cref="RuleStep.MatchesWord"/> on consecutive tokens, ignoring the gap
/// between them and every veto and context check (which only ever remove matches);</item>
/// <item>a number step: the token is digits of at most three (<c>TryDigits</c> refuses longer), or a word or CJK
/// character with a cardinal value, and the next step may start one to four tokens later (spaced digits take up to
/// three tokens, "treinta y uno" three, a CJK numeral up to four);</item>
/// <item>an ordinal step: a word with an ordinal value.</item>
/// </list>
/// <para>So a kind the index does not report cannot be among the text's cues, and when no clause is met by the kinds
/// reported, none is met by the real cues, and <see cref="CategoryScorer.Score"/> returns nothing. Which detector a
/// rule belongs to decides the cue it can make: a minor rule a minor indicator; any protective rule (roles, frames,
/// threats that become a victim's context) a protective context; intent rules of cue Phrase, Action or Object an intent
/// of their kind (requests and purposes only modify those); contact rules of role Cue or Tail a contact cue of their kind
/// (openers and heads only join those); every sexual and classifier-word rule the family and kind it states.
/// ChildSafetyClassifierFastPathTests checks the whole classifier with and without this test on every labelled line and
/// on generated obfuscations.</para>
/// </remarks>
internal sealed class CueTriggers
{
    /// <summary>How many tokens after a number's first token the next step may start (a CJK numeral of four characters).</summary>
    private const int LongestNumber = 4;

    private static readonly Lazy<CueTriggers> Instance = new(() => new CueTriggers());

    private static readonly int FamilyCount = Enum.GetValues<SignalFamily>().Length;

    private readonly TokenTable<Entry> _words;
    private readonly TokenTable<Trigger[]> _stems;
    private readonly Trigger[] _numberFirst;
    private readonly Trigger[] _ordinalFirst;

    private CueTriggers()
    {
        var relevant = CategoryScorer.ClauseKinds;
        var triggers = new List<Trigger>();
        void Add(RuleStep[] steps, SignalFamily family, int kinds, RuleStep[][]? heads = null)
        {
            if ((relevant[(int)family] & kinds) != 0)
            {
                triggers.Add(new Trigger(steps, family, relevant[(int)family] & kinds, heads));
            }
        }

        const int All = -1;
        foreach (var rule in MinorLexicon.Shared.Rules)
        {
            Add(rule.Steps, SignalFamily.Minor, All);
        }

        foreach (var rule in SexualLexicon.Shared.Rules)
        {
            Add(rule.Steps, SignalFamily.Sexual, 1 << (int)rule.Spec.Kind);
        }

        // An object ("a story", "photo") is an intent only when its rule gives a requested confidence.
        foreach (var rule in IntentLexicon.Shared.Rules.Where(rule => rule.Spec.Cue is IntentCue.Phrase or IntentCue.Action
                     || (rule.Spec.Cue == IntentCue.Object && rule.Spec.Requested > 0)))
        {
            Add(rule.Steps, SignalFamily.Intent, 1 << (int)rule.Spec.Kind);
        }

        // A tail ("your parents" of "don't tell" + "your parents") is a cue only joined to a match of its head ending
        // right before it; heads and openers alone are none.
        var contactRules = ContactLexicon.Shared.Rules;
        foreach (var rule in contactRules)
        {
            switch (rule.Spec.Role)
            {
                case ContactRuleRole.Cue:
                    Add(rule.Steps, SignalFamily.Contact, 1 << (int)rule.Spec.Kind);
                    break;
                case ContactRuleRole.Tail when rule.Spec.Head is { } head:
                    Add(rule.Steps, SignalFamily.Contact, 1 << (int)rule.Spec.Kind,
                        [.. contactRules.Where(candidate => ReferenceEquals(candidate.Spec, head)).Select(candidate => candidate.Steps)]);
                    break;
            }
        }

        foreach (var rule in ContextLexicon.Shared.Rules.Where(rule => rule.Spec.Cue is ContextCue.Role or ContextCue.SelfRole or ContextCue.Frame or ContextCue.Threat))
        {
            Add(rule.Steps, SignalFamily.Protective, All);
        }

        foreach (var rule in ClassifierWords.Lexicon.Rules)
        {
            Add(rule.Steps, rule.Spec.Family, 1 << rule.Spec.Kind);
        }

        var byWord = new Dictionary<string, List<Trigger>>(StringComparer.Ordinal);
        var byStem = new Dictionary<string, List<Trigger>>(StringComparer.Ordinal);
        foreach (var trigger in triggers)
        {
            var first = trigger.Steps[0];
            if (first.Kind is StepKind.Literal or StepKind.Prefix)
            {
                foreach (var form in first.Forms)
                {
                    var (index, key) = first.Kind == StepKind.Literal ? (byWord, form) : (byStem, form[..TokenHash.StemLength]);
                    (index.TryGetValue(key, out var list) ? list : index[key] = []).Add(trigger);
                }
            }
        }

        _numberFirst = [.. triggers.Where(trigger => trigger.Steps[0].Kind == StepKind.Cardinal)];
        _ordinalFirst = [.. triggers.Where(trigger => trigger.Steps[0].Kind == StepKind.Ordinal)];

        // Number and ordinal words are keys too, so one probe per token answers "which rules start here" and "is it a number".
        var numbers = MinorLexicon.Shared.Words.Where(pair => pair.Value.Cardinal >= 0 || pair.Value.Ordinal >= 0)
            .ToDictionary(pair => pair.Key, pair => (Cardinal: pair.Value.Cardinal >= 0, Ordinal: pair.Value.Ordinal >= 0), StringComparer.Ordinal);
        _words = new TokenTable<Entry>([.. byWord.Keys.Union(numbers.Keys, StringComparer.Ordinal).Select(key => KeyValuePair.Create(key, new Entry(
            byWord.TryGetValue(key, out var rules) ? [.. rules] : [],
            numbers.TryGetValue(key, out var number) && number.Cardinal,
            number.Ordinal)))]);
        _stems = new TokenTable<Trigger[]>([.. byStem.Select(pair => KeyValuePair.Create(pair.Key, pair.Value.ToArray()))]);
    }

    public static CueTriggers Shared => Instance.Value;

    /// <summary>
    /// False only when no category can score on <paramref name="text"/>: then <see cref="ChildSafetyClassifier.Classify"/>
    /// is empty. True when it may (the signals must run to tell).
    /// </summary>
    public bool MayScore(NormalisedText text)
    {
        Span<int> kinds = stackalloc int[FamilyCount];
        return Collect(text, kinds);
    }

    /// <summary>Adds the cue kinds <paramref name="text"/> and its decoded segments may yield; true as soon as they may score.</summary>
    private bool Collect(NormalisedText text, Span<int> kinds)
    {
        if (Collect(text.FoldedTokens, kinds) || (!ReferenceEquals(text.Canonical, text.Folded) && Collect(text.CanonicalTokens, kinds)))
        {
            return true;
        }

        foreach (var segment in text.DecodedSegments)
        {
            if (Collect(segment.Text, kinds))
            {
                return true;
            }
        }

        return false;
    }

    private bool Collect(TokenList tokens, Span<int> kinds)
    {
        var found = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var entry = tokens.TryLookup(_words, i, out var e) ? e : null;
            if (entry is not null)
            {
                found |= TryAll(entry.Rules, tokens, i, kinds);
                if (entry.Ordinal && tokens.Tokens[i].Kind != TokenKind.Digits)
                {
                    found |= TryAll(_ordinalFirst, tokens, i, kinds);
                }
            }

            if (IsNumber(tokens, i, entry))
            {
                found |= TryAll(_numberFirst, tokens, i, kinds);
            }

            if (tokens.TryLookupStem(_stems, i, out var stemRules))
            {
                found |= TryAll(stemRules, tokens, i, kinds);
            }

            if (found && CategoryScorer.MayScore(kinds))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Records the kinds of the triggers that may match at token <paramref name="first"/>; true when one added a kind.</summary>
    private bool TryAll(Trigger[] triggers, TokenList tokens, int first, Span<int> kinds)
    {
        var added = false;
        foreach (var trigger in triggers)
        {
            ref var known = ref kinds[(int)trigger.Family];
            if ((known & trigger.Kinds) != trigger.Kinds && MayMatch(trigger.Steps, 0, tokens, first) && HeadMayEndBefore(trigger.Heads, tokens, first))
            {
                known |= trigger.Kinds;
                added = true;
            }
        }

        return added;
    }

    /// <summary>Whether steps <paramref name="step"/> on may match from token <paramref name="position"/>: never false where the signal would match.</summary>
    private bool MayMatch(RuleStep[] steps, int step, TokenList tokens, int position)
    {
        if (step == steps.Length)
        {
            return true;
        }

        if (position >= tokens.Count)
        {
            return false;
        }

        var current = steps[step];
        switch (current.Kind)
        {
            case StepKind.Cardinal:
                if (!IsNumber(tokens, position, tokens.TryLookup(_words, position, out var number) ? number : null))
                {
                    return false;
                }

                for (var next = position + 1; next <= position + LongestNumber; next++)
                {
                    if (MayMatch(steps, step + 1, tokens, next))
                    {
                        return true;
                    }
                }

                return false;
            case StepKind.Ordinal:
                return tokens.Tokens[position].Kind != TokenKind.Digits && tokens.TryLookup(_words, position, out var ordinal) && ordinal.Ordinal
                    && MayMatch(steps, step + 1, tokens, position + 1);
            default:
                return current.MatchesWord(tokens.Text(position)) && MayMatch(steps, step + 1, tokens, position + 1);
        }
    }

    /// <summary>Whether a phrase of <paramref name="heads"/> may end right before token <paramref name="first"/> (true when no head is needed).</summary>
    private bool HeadMayEndBefore(RuleStep[][]? heads, TokenList tokens, int first)
    {
        if (heads is null)
        {
            return true;
        }

        foreach (var head in heads)
        {
            if (first - head.Length >= 0 && MayMatch(head, 0, tokens, first - head.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Digits the minor detector may read as a number (at most three), or a number word or CJK numeral.</summary>
    private static bool IsNumber(TokenList tokens, int index, Entry? entry) =>
        tokens.Tokens[index].Kind == TokenKind.Digits ? tokens.Tokens[index].Length <= 3 : entry is { Cardinal: true };

    /// <summary>
    /// A rule's steps, the cue kinds a match of it can yield (only those some scoring clause asks about) and, for a
    /// contact tail, the phrases of its head, one of which must end right before it.
    /// </summary>
    private sealed record Trigger(RuleStep[] Steps, SignalFamily Family, int Kinds, RuleStep[][]? Heads);

    /// <summary>The rules starting with one word, and whether the word is a number or an ordinal.</summary>
    private sealed record Entry(Trigger[] Rules, bool Cardinal, bool Ordinal);
}
