using System.Collections.Frozen;
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
/// <see cref="CategoryScorer.ScoringClauses"/> asks about, under its first word (or first two words when both are
/// words, or its stem's first characters, or "any number" and "any ordinal"), and
/// <see cref="MayScore(NormalisedText)"/> tries each such rule at every token of every one of those token lists where
/// its key matches, with a test that accepts at least whatever the signal accepts:</para>
/// <list type="bullet">
/// <item>words and stems: the step's own <see cref="RuleStep.MatchesWord"/> on consecutive tokens, ignoring the gap
/// between them and every veto and context check (which only ever remove matches);</item>
/// <item>a number step: the token is digits of at most three (<c>TryDigits</c> refuses longer), or a word or CJK
/// character with a cardinal value, and the next step may start one to four tokens later (spaced digits take up to
/// three tokens, "treinta y uno" three, a CJK numeral up to four);</item>
/// <item>an ordinal step: a word with an ordinal value;</item>
/// <item>a contact tail: also a phrase of its head ending on the token before it (the signal drops a tail without one).</item>
/// </list>
/// <para>So a kind the index does not report cannot be among the text's cues, and when no clause is met by the kinds
/// reported, none is met by the real cues, and <see cref="CategoryScorer.Score"/> returns nothing. Which detector a
/// rule belongs to decides the cue it can make: a minor rule a minor indicator; any protective rule (roles, frames,
/// threats that become a victim's context) a protective context; intent rules of cue Phrase or Action, and of cue
/// Object with a requested confidence, an intent of their kind (requests, purposes and other objects only modify
/// those); contact rules of role Cue or Tail a contact cue of their kind
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
    private readonly PairTable _pairs;
    private readonly TokenTable<Trigger[]> _stems;
    private readonly Trigger[] _numberFirst;
    private readonly Trigger[] _numberFirstByNext;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _numberFollowers;
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

        // Indexed like the lexicons: by the first word, or by the first two when the second is a word too (most phrases
        // starting with "a", "in" or "the" are told apart by their second word, and trying them all at every "a" was
        // most of the test's time), or by a stem's first characters; number-first rules by the words after the number.
        var byWord = new Dictionary<string, List<Trigger>>(StringComparer.Ordinal);
        var byPair = new Dictionary<(string, string), List<Trigger>>();
        var byStem = new Dictionary<string, List<Trigger>>(StringComparer.Ordinal);
        var numberFirst = new List<Trigger>();
        var numberFirstByNext = new List<Trigger>();
        var ordinalFirst = new List<Trigger>();
        foreach (var trigger in triggers)
        {
            var (first, second) = (trigger.Steps[0], trigger.Steps.Length > 1 ? trigger.Steps[1] : null);
            switch (first.Kind)
            {
                case StepKind.Literal when second is { Kind: StepKind.Literal }:
                    foreach (var form in first.Forms)
                    {
                        foreach (var next in second.Forms)
                        {
                            AddTo(byPair, (form, next), trigger);
                        }

                        AddTo(byWord, form, null);
                    }

                    break;
                case StepKind.Literal:
                    foreach (var form in first.Forms)
                    {
                        AddTo(byWord, form, trigger);
                    }

                    break;
                case StepKind.Prefix:
                    foreach (var form in first.Forms)
                    {
                        AddTo(byStem, form[..TokenHash.StemLength], trigger);
                    }

                    break;
                case StepKind.Cardinal:
                    (second is { Kind: StepKind.Literal } ? numberFirstByNext : numberFirst).Add(trigger);
                    break;
                case StepKind.Ordinal:
                    ordinalFirst.Add(trigger);
                    break;
            }
        }

        _numberFirst = [.. numberFirst];
        _numberFirstByNext = [.. numberFirstByNext];
        _numberFollowers = numberFirstByNext.SelectMany(trigger => trigger.Steps[1].Forms).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _ordinalFirst = [.. ordinalFirst];

        // Number and ordinal words are keys too, so one probe per token answers "which rules start here" and "is it a number".
        var numbers = MinorLexicon.Shared.Words.Where(pair => pair.Value.Cardinal >= 0 || pair.Value.Ordinal >= 0)
            .ToDictionary(pair => pair.Key, pair => (Cardinal: pair.Value.Cardinal >= 0, Ordinal: pair.Value.Ordinal >= 0), StringComparer.Ordinal);
        var pairFirsts = byPair.Keys.Select(pair => pair.Item1).ToHashSet(StringComparer.Ordinal);
        var firstWords = byWord.Keys.Union(numbers.Keys, StringComparer.Ordinal)
            .ToDictionary(key => key, key => new Entry(
                byWord.TryGetValue(key, out var rules) ? [.. rules.OfType<Trigger>()] : [],
                pairFirsts.Contains(key),
                numbers.TryGetValue(key, out var number) && number.Cardinal,
                number.Ordinal), StringComparer.Ordinal);
        _words = new TokenTable<Entry>(firstWords);
        _pairs = new PairTable(byPair);
        _stems = new TokenTable<Trigger[]>([.. byStem.Select(pair => KeyValuePair.Create(pair.Key, pair.Value.OfType<Trigger>().ToArray()))]);

        static void AddTo<TKey>(Dictionary<TKey, List<Trigger>> index, TKey key, Trigger? trigger)
            where TKey : notnull
        {
            var list = index.TryGetValue(key, out var existing) ? existing : index[key] = [];
            if (trigger is not null)
            {
                list.Add(trigger);
            }
        }
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

    /// <summary>
    /// False only when no category can score on the cues of all of <paramref name="texts"/> together (the turns of a
    /// conversation): then neither any one of them nor their transcript scores.
    /// </summary>
    public bool MayScore(IReadOnlyList<NormalisedText> texts)
    {
        Span<int> kinds = stackalloc int[FamilyCount];
        foreach (var text in texts)
        {
            if (Collect(text, kinds))
            {
                return true;
            }
        }

        return false;
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
        for (var i = 0; i < tokens.Count; i++)
        {
            var found = false;
            var entry = tokens.TryLookup(_words, i, out var e) ? e : null;
            if (entry is not null)
            {
                // The first word (or the first two) matched by the lookup itself; the steps after them are tried.
                found |= TryAll(entry.Rules, 1, tokens, i, kinds);
                if (entry.StartsPairs && i + 1 < tokens.Count && _pairs.TryGetValue(tokens, i, out var pairRules))
                {
                    found |= TryAll(pairRules, 2, tokens, i, kinds);
                }

                if (entry.Ordinal && tokens.Tokens[i].Kind != TokenKind.Digits)
                {
                    found |= TryAll(_ordinalFirst, 0, tokens, i, kinds);
                }
            }

            if (IsNumber(tokens, i, entry))
            {
                found |= TryAll(_numberFirst, 0, tokens, i, kinds);
                if (NumberFollowerAfter(tokens, i))
                {
                    found |= TryAll(_numberFirstByNext, 0, tokens, i, kinds);
                }
            }

            if (tokens.TryLookupStem(_stems, i, out var stemRules))
            {
                found |= TryAll(stemRules, 0, tokens, i, kinds);
            }

            if (found && CategoryScorer.MayScore(kinds))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word some number-first rule has second comes in the <see cref="LongestNumber"/> tokens after token <paramref name="number"/>.</summary>
    private bool NumberFollowerAfter(TokenList tokens, int number)
    {
        for (var next = number + 1; next <= number + LongestNumber && next < tokens.Count; next++)
        {
            if (_numberFollowers.Contains(tokens.Text(next)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Records the kinds of the triggers that may match at token <paramref name="first"/>, whose first
    /// <paramref name="matched"/> steps the lookup that found them has matched already; true when one added a kind.
    /// </summary>
    private bool TryAll(Trigger[] triggers, int matched, TokenList tokens, int first, Span<int> kinds)
    {
        var added = false;
        foreach (var trigger in triggers)
        {
            ref var known = ref kinds[(int)trigger.Family];
            if ((known & trigger.Kinds) != trigger.Kinds && MayMatch(trigger.Steps, matched, tokens, first + matched) && HeadMayEndBefore(trigger.Heads, tokens, first))
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

    /// <summary>
    /// The rules starting with one word whose second step is not a word, whether some start with it and a second word
    /// (<see cref="PairTable"/>), and whether the word is a number or an ordinal.
    /// </summary>
    private sealed record Entry(Trigger[] Rules, bool StartsPairs, bool Cardinal, bool Ordinal);

    /// <summary>
    /// Rules by their first two words, probed with the two tokens' hashes their <see cref="TokenList"/> already has:
    /// open addressing over tags, like <see cref="TokenTable{TValue}"/>, so a pair that starts no rule costs one read.
    /// </summary>
    private sealed class PairTable
    {
        private readonly int[] _tags;
        private readonly string[] _firsts;
        private readonly string[] _seconds;
        private readonly Trigger[][] _values;
        private readonly int _mask;

        public PairTable(Dictionary<(string First, string Second), List<Trigger>> pairs)
        {
            var capacity = (int)Math.Max(8, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)pairs.Count * 2));
            (_tags, _firsts, _seconds, _values, _mask) = (new int[capacity], new string[capacity], new string[capacity], new Trigger[capacity][], capacity - 1);
            foreach (var ((first, second), triggers) in pairs)
            {
                var hash = Hash(TokenHash.Of(first), TokenHash.Of(second));
                var slot = hash & _mask;
                while (_tags[slot] != 0)
                {
                    slot = (slot + 1) & _mask;
                }

                (_tags[slot], _firsts[slot], _seconds[slot], _values[slot]) = (hash | 1, first, second, [.. triggers]);
            }
        }

        /// <summary>The rules starting with tokens <paramref name="index"/> and <paramref name="index"/> + 1.</summary>
        public bool TryGetValue(TokenList tokens, int index, out Trigger[] triggers)
        {
            var hash = Hash(tokens.WordHash(index), tokens.WordHash(index + 1));
            for (var slot = hash & _mask; ; slot = (slot + 1) & _mask)
            {
                var stored = _tags[slot];
                if (stored == 0)
                {
                    triggers = [];
                    return false;
                }

                if (stored == (hash | 1) && tokens.Text(index).SequenceEqual(_firsts[slot]) && tokens.Text(index + 1).SequenceEqual(_seconds[slot]))
                {
                    triggers = _values[slot];
                    return true;
                }
            }
        }

        private static int Hash(int first, int second)
        {
            var hash = (uint)first * 0x9E3779B1u ^ (uint)second;
            hash ^= hash >> 15;
            hash *= 0x2C1B3C6Du;
            hash ^= hash >> 12;
            return (int)hash;
        }
    }
}
