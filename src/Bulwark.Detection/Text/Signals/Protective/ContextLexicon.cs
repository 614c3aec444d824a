using System.Collections.Frozen;
using Bulwark.Detection.Text.Normalisation;
using Bulwark.Detection.Text.Signals.Minors;

namespace Bulwark.Detection.Text.Signals.Protective;

/// <summary>
/// <see cref="ContextRules"/> compiled against the folded view with the tokeniser and step types of the minor
/// indicators: every word goes through the same <see cref="TextNormaliser"/> as the input, so accents, case and
/// look-alike letters fold the same way on both sides. Built once per process and shared; immutable.
/// </summary>
internal sealed class ContextLexicon
{
    private static readonly Lazy<ContextLexicon> Instance =
        new(() => new ContextLexicon(new TextNormaliser(new TextNormaliserOptions { DecodeEncodedBlobs = false })));

    private readonly TextNormaliser _normaliser;
    /// <summary>Phrases starting with a stem are indexed by the stem's first characters, so a token costs one more lookup, not a try of every stem.</summary>
    private const int StemKeyLength = 4;

    private readonly FrozenDictionary<string, ContextEntry>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenDictionary<string, ContextRule[]>.AlternateLookup<ReadOnlySpan<char>> _stems;

    private ContextLexicon(TextNormaliser normaliser)
    {
        _normaliser = normaliser;
        var rulesByWord = new Dictionary<string, List<ContextRule>>(StringComparer.Ordinal);
        var rulesByStem = new Dictionary<string, List<ContextRule>>(StringComparer.Ordinal);
        foreach (var spec in ContextRules.All)
        {
            var prevVeto = Phrases(spec.PrevVeto);
            var nextVeto = Phrases(spec.NextVeto);
            foreach (var steps in Phrases(spec.Pattern))
            {
                var rule = new ContextRule(spec, steps, prevVeto, nextVeto);
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

        var firstPerson = Words(ContextRules.FirstPersonWords);
        var breakers = Words(ContextRules.IntroBreakers);
        _words = rulesByWord.Keys.Concat(firstPerson).Concat(breakers).Distinct(StringComparer.Ordinal)
            .ToFrozenDictionary(
                key => key,
                key => Entry(rulesByWord.GetValueOrDefault(key), firstPerson.Contains(key), breakers.Contains(key)),
                StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _stems = rulesByStem.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static ContextLexicon Shared => Instance.Value;

    /// <summary>Splits a token's rules into those tried at once and those looked up by their literal second word.</summary>
    private static ContextEntry Entry(List<ContextRule>? rules, bool firstPerson, bool breaks)
    {
        if (rules is null)
        {
            return new ContextEntry([], null, firstPerson, breaks);
        }

        static bool ByNext(ContextRule rule) => rule.Steps.Length > 1 && rule.Steps[1].Kind == StepKind.Literal;
        var byNext = rules.Where(ByNext).ToList();
        return new ContextEntry(
            [.. rules.Where(rule => !ByNext(rule))],
            byNext.Count == 0
                ? null
                : byNext.SelectMany(rule => rule.Steps[1].Forms.Select(form => (Form: form, Rule: rule)))
                    .GroupBy(pair => pair.Form, StringComparer.Ordinal)
                    .ToFrozenDictionary(group => group.Key, group => group.Select(pair => pair.Rule).ToArray(), StringComparer.Ordinal),
            firstPerson,
            breaks);
    }

    public ContextEntry Lookup(ReadOnlySpan<char> token) =>
        _words.TryGetValue(token, out var entry) ? entry : ContextEntry.Empty;

    /// <summary>Phrases starting with a stem that <paramref name="token"/> may begin with ("учител*" for "учителем"); each still has to match.</summary>
    public ContextRule[] StemRules(ReadOnlySpan<char> token) =>
        token.Length >= StemKeyLength && _stems.TryGetValue(token[..StemKeyLength], out var rules) ? rules : [];

    /// <summary>The folded-view tokens of a term, exactly as an input containing it would produce them.</summary>
    private string[] Fold(string term)
    {
        var folded = _normaliser.Normalise(term).Folded;
        var tokens = new Token[folded.Length];
        var count = Tokeniser.Tokenise(folded, tokens);
        return [.. tokens.AsSpan(0, count).ToArray().Select(token => folded.Substring(token.Start, token.Length))];
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
