using System.Collections.Frozen;
using Bulwark.Detection.Text.Normalisation;
using Bulwark.Detection.Text.Signals.Minors;
using Bulwark.Detection.Text.Tokens;

namespace Bulwark.Detection.Text.Signals.Phrases;

/// <summary>
/// A table of phrase rules compiled against the folded view with the tokeniser and step types of the minor
/// indicators: every word goes through the same <see cref="TextNormaliser"/> as the input, so accents, case and
/// look-alike letters fold the same way on both sides. Each token of an input then costs one word probe and one stem
/// probe with the hashes its <see cref="TokenList"/> already has. Build once per process and share; immutable.
/// </summary>
internal sealed class PhraseLexicon<TSpec>
    where TSpec : class, IPhraseSpec
{
    /// <summary>Phrases starting with a stem are indexed by the stem's first characters, so a token costs one more lookup, not a try of every stem.</summary>
    private const int StemKeyLength = TokenHash.StemLength;

    private readonly TextNormaliser _normaliser = new(new TextNormaliserOptions { DecodeEncodedBlobs = false });
    private readonly TokenTable<PhraseEntry<TSpec>> _words;
    private readonly TokenTable<PhraseRule<TSpec>[]> _stems;

    /// <summary>
    /// Compiles <paramref name="specs"/>. Each of <paramref name="wordClasses"/> is a '|'-separated word list whose
    /// members <see cref="PhraseEntry{TSpec}.Is"/> reports by the list's index (at most 31 lists).
    /// </summary>
    public PhraseLexicon(IEnumerable<TSpec> specs, params string[] wordClasses)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(wordClasses.Length, 31);
        var rulesByWord = new Dictionary<string, List<PhraseRule<TSpec>>>(StringComparer.Ordinal);
        var rulesByStem = new Dictionary<string, List<PhraseRule<TSpec>>>(StringComparer.Ordinal);
        var all = new List<PhraseRule<TSpec>>();
        foreach (var spec in specs)
        {
            var prevVeto = Phrases(spec.PrevVeto);
            var nextVeto = Phrases(spec.NextVeto);
            foreach (var steps in Phrases(spec.Pattern))
            {
                var rule = new PhraseRule<TSpec>(spec, steps, prevVeto, nextVeto);
                all.Add(rule);
                var stem = steps[0].Kind == StepKind.Prefix;
                foreach (var form in steps[0].Forms)
                {
                    if (stem && form.Length < StemKeyLength)
                    {
                        throw new InvalidOperationException($"Rule {spec.Id}: a leading stem needs {StemKeyLength} characters ('{form}').");
                    }

                    var (index, key) = stem ? (rulesByStem, form[..StemKeyLength]) : (rulesByWord, form);
                    (index.TryGetValue(key, out var list) ? list : index[key] = []).Add(rule);
                }
            }
        }

        var classes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < wordClasses.Length; c++)
        {
            foreach (var word in Words(wordClasses[c]))
            {
                classes[word] = classes.GetValueOrDefault(word) | (1 << c);
            }
        }

        _words = new TokenTable<PhraseEntry<TSpec>>([.. rulesByWord.Keys.Concat(classes.Keys).Distinct(StringComparer.Ordinal)
            .Select(key => KeyValuePair.Create(key, Entry(rulesByWord.GetValueOrDefault(key), classes.GetValueOrDefault(key))))]);
        _stems = new TokenTable<PhraseRule<TSpec>[]>([.. rulesByStem.Select(pair => KeyValuePair.Create(pair.Key, pair.Value.ToArray()))]);
        Rules = all;
    }

    /// <summary>Every compiled phrase of every rule, for indexes built over several lexicons (<see cref="Classification.CueTriggers"/>).</summary>
    public IReadOnlyList<PhraseRule<TSpec>> Rules { get; }

    /// <summary>What the lexicon knows about token <paramref name="index"/> of <paramref name="tokens"/>.</summary>
    public PhraseEntry<TSpec> Lookup(TokenList tokens, int index) =>
        tokens.TryLookup(_words, index, out var entry) ? entry : PhraseEntry<TSpec>.Empty;

    /// <summary>Phrases starting with a stem that token <paramref name="index"/> may begin with ("учител*" for "учителем"); each still has to match.</summary>
    public PhraseRule<TSpec>[] StemRules(TokenList tokens, int index) =>
        tokens.TryLookupStem(_stems, index, out var rules) ? rules : [];

    /// <summary>Splits a token's rules into those tried at once and those looked up by their literal second word.</summary>
    private static PhraseEntry<TSpec> Entry(List<PhraseRule<TSpec>>? rules, int wordClasses)
    {
        if (rules is null)
        {
            return new PhraseEntry<TSpec>([], null, wordClasses);
        }

        static bool ByNext(PhraseRule<TSpec> rule) => rule.Steps.Length > 1 && rule.Steps[1].Kind == StepKind.Literal;
        var byNext = rules.Where(ByNext).ToList();
        return new PhraseEntry<TSpec>(
            [.. rules.Where(rule => !ByNext(rule))],
            byNext.Count == 0
                ? null
                : byNext.SelectMany(rule => rule.Steps[1].Forms.Select(form => (Form: form, Rule: rule)))
                    .GroupBy(pair => pair.Form, StringComparer.Ordinal)
                    .ToFrozenDictionary(group => group.Key, group => group.Select(pair => pair.Rule).ToArray(), StringComparer.Ordinal),
            wordClasses);
    }

    /// <summary>The folded-view tokens of a term, exactly as an input containing it would produce them.</summary>
    private string[] Fold(string term)
    {
        var tokens = _normaliser.Normalise(term).FoldedTokens;
        return [.. Enumerable.Range(0, tokens.Count).Select(index => tokens.Text(index).ToString())];
    }

    /// <summary>Compiles '|'-separated phrases into step sequences; a word ending in '*' is a stem.</summary>
    private RuleStep[][] Phrases(string? phrases)
    {
        if (phrases is null)
        {
            return [];
        }

        var compiled = new List<RuleStep[]>();
        foreach (var phrase in phrases.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            var steps = new List<RuleStep>();
            foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var stem = word.EndsWith('*');
                // A stem may fold to several tokens (Cyrillic "з" folds to "3", so "закон" is "3" and "akoh"): the
                // last one is the stem, the ones before it are literal, exactly as the input folds.
                var tokens = Fold(word.TrimEnd('*'));
                steps.AddRange(tokens.Select((token, t) => new RuleStep(stem && t == tokens.Length - 1 ? StepKind.Prefix : StepKind.Literal, [token])));
            }

            if (steps.Count == 0)
            {
                throw new InvalidOperationException($"Phrase '{phrase}' has no words.");
            }

            compiled.Add([.. steps]);
        }

        return [.. compiled];
    }

    /// <summary>
    /// Single-token words. A word that folds to several tokens is left out rather than split: Russian "за" folds to
    /// "3" and "a", and "a" must not become a breaker.
    /// </summary>
    private FrozenSet<string> Words(string words) =>
        words.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(Fold).Where(tokens => tokens.Length == 1)
            .Select(tokens => tokens[0]).ToFrozenSet(StringComparer.Ordinal);
}
