using System.Collections.Frozen;
using Bulwark.Detection.Text.Normalisation;
using Bulwark.Detection.Text.Tokens;

namespace Bulwark.Detection.Text.Signals.Minors;

/// <summary>
/// <see cref="MinorRules"/> compiled against the folded view: every word is put through the same
/// <see cref="TextNormaliser"/> as the input, so accents, look-alike letters and case are folded the same way on both
/// sides. Built once per process and shared; immutable after construction.
/// </summary>
internal sealed class MinorLexicon
{
    private static readonly Lazy<MinorLexicon> Instance = new(() => new MinorLexicon(new TextNormaliser(new TextNormaliserOptions { DecodeEncodedBlobs = false })));

    private readonly TextNormaliser _normaliser;

    private readonly FrozenDictionary<string, MinorRule[]>.AlternateLookup<ReadOnlySpan<char>> _cardinalRulesByNextSpan;

    /// <summary><see cref="Words"/> probed with the hashes a <see cref="TokenList"/> already has: the scan looks up every token, some several times.</summary>
    private readonly TokenTable<WordEntry> _wordsByToken;

    private MinorLexicon(TextNormaliser normaliser)
    {
        _normaliser = normaliser;
        var rulesByWord = new Dictionary<string, List<MinorRule>>(StringComparer.Ordinal);
        var cardinalRules = new List<MinorRule>();
        var ordinalRules = new List<MinorRule>();
        var all = new List<MinorRule>();
        foreach (var spec in MinorRules.All)
        {
            foreach (var steps in CompilePattern(spec))
            {
                var rule = new MinorRule(spec, steps, WordSet);
                all.Add(rule);
                Index(rule);
            }
        }

        Rules = all;

        // Rules starting with a number are indexed by the word after it ("# years old" under "years"), so a number
        // costs one lookup rather than a try of every number rule; those whose second step is a stem or a slot are
        // tried at every number.
        CardinalRulesBeforeAny = [.. cardinalRules.Where(rule => rule.Steps.Length < 2 || rule.Steps[1].Kind != StepKind.Literal)];
        CardinalRulesByNext = cardinalRules
            .Where(rule => rule.Steps.Length >= 2 && rule.Steps[1].Kind == StepKind.Literal)
            .SelectMany(rule => rule.Steps[1].Forms.Select(form => (Form: form, Rule: rule)))
            .GroupBy(pair => pair.Form, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(pair => pair.Rule).ToArray(), StringComparer.Ordinal);
        _cardinalRulesByNextSpan = CardinalRulesByNext.GetAlternateLookup<ReadOnlySpan<char>>();
        OrdinalRules = [.. ordinalRules];

        var cardinals = Values(MinorRules.CardinalWords);
        var ordinals = Values(MinorRules.OrdinalWords);
        var persons = WordSet(MinorRules.PersonWords)!;
        var connectors = WordSet(MinorRules.Connectors)!;
        var breakers = WordSet(MinorRules.CjkNumberBreakers)!;
        var keys = rulesByWord.Keys.Concat(cardinals.Keys).Concat(ordinals.Keys).Concat(persons).Concat(connectors).Concat(breakers)
            .Distinct(StringComparer.Ordinal);
        Words = keys.ToFrozenDictionary(
            key => key,
            key => new WordEntry(
                rulesByWord.TryGetValue(key, out var rules) ? [.. rules] : [],
                cardinals.GetValueOrDefault(key, -1),
                ordinals.GetValueOrDefault(key, -1),
                persons.Contains(key),
                connectors.Contains(key),
                breakers.Contains(key)),
            StringComparer.Ordinal);
        _wordsByToken = new TokenTable<WordEntry>(Words);
        BareFollowers = WordSet(MinorRules.BareFollowers)!.GetAlternateLookup<ReadOnlySpan<char>>();
        AgeWords = WordSet(MinorRules.AgeWords)!.GetAlternateLookup<ReadOnlySpan<char>>();

        void Index(MinorRule rule)
        {
            var first = rule.Steps[0];
            switch (first.Kind)
            {
                case StepKind.Cardinal:
                    cardinalRules.Add(rule);
                    break;
                case StepKind.Ordinal:
                    ordinalRules.Add(rule);
                    break;
                case StepKind.Literal:
                    foreach (var form in first.Forms)
                    {
                        (rulesByWord.TryGetValue(form, out var list) ? list : rulesByWord[form] = []).Add(rule);
                    }

                    break;
                default:
                    throw new InvalidOperationException($"Rule {rule.Spec.Id}: a pattern cannot start with a stem.");
            }
        }
    }

    public static MinorLexicon Shared => Instance.Value;

    public FrozenDictionary<string, WordEntry> Words { get; }

    /// <summary>Every compiled rule, for indexes built over several lexicons (<see cref="Classification.CueTriggers"/>).</summary>
    public IReadOnlyList<MinorRule> Rules { get; }

    /// <summary>Rules that start with a number slot, by the word that follows the number.</summary>
    public FrozenDictionary<string, MinorRule[]> CardinalRulesByNext { get; }

    /// <summary>Rules that start with a number slot followed by a stem (or nothing), tried at every number.</summary>
    public MinorRule[] CardinalRulesBeforeAny { get; }

    /// <summary>Rules that start with an ordinal slot, tried at every ordinal word.</summary>
    public MinorRule[] OrdinalRules { get; }

    /// <summary>Words that may follow a bare age ("she is 12 and…", "turned 12 last week").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BareFollowers { get; }

    /// <summary>Words for "age" that turn "de 12 años de edad" back into an age after a vetoing "de".</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AgeWords { get; }

    /// <summary>The number-first rules whose second step is <paramref name="token"/>.</summary>
    public MinorRule[] CardinalRulesBefore(ReadOnlySpan<char> token) =>
        _cardinalRulesByNextSpan.TryGetValue(token, out var rules) ? rules : [];

    /// <summary>What the lexicon knows about token <paramref name="index"/> of <paramref name="tokens"/>.</summary>
    public WordEntry Lookup(TokenList tokens, int index) =>
        tokens.TryLookup(_wordsByToken, index, out var entry) ? entry : WordEntry.Empty;

    /// <summary>The folded-view tokens of a term, exactly as an input containing it would produce them.</summary>
    private string[] Fold(string term)
    {
        var tokens = _normaliser.Normalise(term).FoldedTokens;
        return [.. Enumerable.Range(0, tokens.Count).Select(index => tokens.Text(index).ToString())];
    }

    /// <summary>
    /// Compiles a pattern into step sequences. Alternatives that fold to one token share a step; one that folds to
    /// several ("子供", "ce2", "pré-adolescente") becomes a sequence of its own, so a pattern may compile to several.
    /// </summary>
    private List<RuleStep[]> CompilePattern(MinorRuleSpec spec)
    {
        List<List<RuleStep>> sequences = [[]];
        foreach (var step in spec.Pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            List<List<RuleStep>> options;
            if (step is "#" or "%")
            {
                options = [[new RuleStep(step == "#" ? StepKind.Cardinal : StepKind.Ordinal, [])]];
            }
            else
            {
                var prefix = step.EndsWith('*');
                var folded = step.TrimEnd('*').Split('|').Select(Fold).Where(tokens => tokens.Length > 0).ToList();
                if (prefix && folded.Exists(tokens => tokens.Length != 1))
                {
                    throw new InvalidOperationException($"Rule {spec.Id}: a stem must be one token.");
                }

                options = [];
                var single = folded.Where(tokens => tokens.Length == 1).Select(tokens => tokens[0]).Distinct(StringComparer.Ordinal).ToArray();
                if (single.Length > 0)
                {
                    options.Add([new RuleStep(prefix ? StepKind.Prefix : StepKind.Literal, single)]);
                }

                options.AddRange(folded.Where(tokens => tokens.Length > 1)
                    .Select(tokens => tokens.Select(token => new RuleStep(StepKind.Literal, [token])).ToList()));
            }

            sequences = [.. sequences.SelectMany(sequence => options.Select(option => sequence.Concat(option).ToList()))];
        }

        return sequences.Count > 0 && sequences.TrueForAll(sequence => sequence.Count > 0)
            ? sequences.ConvertAll(sequence => sequence.ToArray())
            : throw new InvalidOperationException($"Rule {spec.Id}: empty pattern.");
    }

    private FrozenSet<string>? WordSet(string? entries) => entries is null
        ? null
        : entries.Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => string.Join(' ', Fold(entry)))
            .Where(entry => entry.Length > 0)
            .ToFrozenSet(StringComparer.Ordinal);

    private Dictionary<string, int> Values(IEnumerable<(string Words, int Value)> table)
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (words, value) in table)
        {
            foreach (var word in words.Split('|'))
            {
                var tokens = Fold(word);
                if (tokens.Length == 1)
                {
                    values.TryAdd(tokens[0], value);
                }
            }
        }

        return values;
    }
}
