using Bulwark.Detection.Text.Signals.Phrases;

namespace Bulwark.Detection.Text.Signals.Sexual;

/// <summary>
/// A rule as written in <see cref="SexualRules"/>, before its words are normalised. <see cref="Pattern"/> is phrases
/// separated by '|'; a phrase is words separated by spaces, a trailing '*' making a word a stem ("desnud*"). Words that
/// fold to several tokens (CJK, "I'm") become several steps. Veto lists are phrases in the same form.
/// </summary>
internal sealed record SexualRuleSpec(string Id, string Language, SexualIndicatorKind Kind, double Confidence, string Pattern) : IPhraseSpec
{
    /// <summary>Phrases just before the match that give it another sense ("food porn", "pieds nus", "赤裸").</summary>
    public string? PrevVeto { get; init; }

    /// <summary>Phrases just after the match that give it another sense ("naked eye", "nude lipstick", "裸眼").</summary>
    public string? NextVeto { get; init; }

    /// <summary>The match is a form label when a ':' or '=' follows it ("Sex: male", "std::vector"), and then does not count.</summary>
    public bool NotALabel { get; init; }

    /// <summary>
    /// The match does not count right after a Han character: Japanese "性的" is "sexual" after kana or at the start, but
    /// the tail of "男性的" (masculine), "個性的", "理性的" after a noun.
    /// </summary>
    public bool NotAfterHan { get; init; }

    /// <summary>
    /// The match is a shell argument when a path or glob follows it directly ("cp videos/", "cp pics/*.jpg"), and then
    /// does not count.
    /// </summary>
    public bool NotAPath { get; init; }

    /// <summary>
    /// The fewest characters of the original text the match's first word must span: "xxx" folds to "x" (stretched
    /// letters are squeezed), and a lone "x" is a letter, not a rating.
    /// </summary>
    public int MinFirstWordChars { get; init; }
}
