using System.Collections.Frozen;

namespace Bulwark.Detection.Text.Signals.Phrases;

/// <summary>Everything a <see cref="PhraseLexicon{TSpec}"/> knows about one folded-view token, found with a single dictionary lookup.</summary>
/// <param name="Rules">Rules whose phrase is this token alone, or starts with it and continues with a stem.</param>
/// <param name="RulesByNext">
/// Rules whose phrase starts with this token followed by a given word, by that word: "my" starts fourteen phrases
/// ("my son", "my students"…), and looking up the next token tries only the ones that can match.
/// </param>
/// <param name="WordClasses">The lexicon's word classes the token belongs to, one bit each (first-person words, breakers…).</param>
internal sealed record PhraseEntry<TSpec>(
    PhraseRule<TSpec>[] Rules,
    FrozenDictionary<string, PhraseRule<TSpec>[]>? RulesByNext,
    int WordClasses)
    where TSpec : class, IPhraseSpec
{
    private readonly FrozenDictionary<string, PhraseRule<TSpec>[]>.AlternateLookup<ReadOnlySpan<char>> _byNext =
        (RulesByNext ?? FrozenDictionary<string, PhraseRule<TSpec>[]>.Empty).GetAlternateLookup<ReadOnlySpan<char>>();

    public static PhraseEntry<TSpec> Empty { get; } = new([], null, 0);

    public bool HasRulesByNext => RulesByNext is not null;

    /// <summary>Whether the token is in word class <paramref name="wordClass"/> (the index of its list given to the lexicon).</summary>
    public bool Is(int wordClass) => (WordClasses & (1 << wordClass)) != 0;

    /// <summary>The rules of this token whose second word is <paramref name="next"/>.</summary>
    public PhraseRule<TSpec>[] RulesBefore(ReadOnlySpan<char> next) => _byNext.TryGetValue(next, out var rules) ? rules : [];
}
