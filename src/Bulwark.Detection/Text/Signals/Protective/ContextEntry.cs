using System.Collections.Frozen;

namespace Bulwark.Detection.Text.Signals.Protective;

/// <summary>Everything the detector knows about one folded-view token, found with a single dictionary lookup.</summary>
/// <param name="Rules">Rules whose phrase is this token alone, or starts with it and continues with a stem.</param>
/// <param name="RulesByNext">
/// Rules whose phrase starts with this token followed by a given word, by that word: "my" starts fourteen phrases
/// ("my son", "my students"…), and looking up the next token tries only the ones that can match.
/// </param>
/// <param name="IsFirstPerson">A first-person pronoun or possessive ("me", "my", "mi", "mich", "мне", "我", "私").</param>
/// <param name="BreaksIntro">
/// A word that ends a first-person role statement before its role ("I'm 15 and my teacher…", "I'm not a nurse"): a
/// conjunction, negation, possessive or preposition.
/// </param>
internal sealed record ContextEntry(
    ContextRule[] Rules,
    FrozenDictionary<string, ContextRule[]>? RulesByNext,
    bool IsFirstPerson,
    bool BreaksIntro)
{
    private readonly FrozenDictionary<string, ContextRule[]>.AlternateLookup<ReadOnlySpan<char>> _byNext =
        (RulesByNext ?? FrozenDictionary<string, ContextRule[]>.Empty).GetAlternateLookup<ReadOnlySpan<char>>();

    public static ContextEntry Empty { get; } = new([], null, false, false);

    public bool HasRulesByNext => RulesByNext is not null;

    /// <summary>The rules of this token whose second word is <paramref name="next"/>.</summary>
    public ContextRule[] RulesBefore(ReadOnlySpan<char> next) => _byNext.TryGetValue(next, out var rules) ? rules : [];
}
