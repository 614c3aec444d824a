namespace Bulwark.Detection.Text.Signals.Minors;

/// <summary>
/// A rule as written in <see cref="MinorRules"/>, before its words are normalised. Pattern steps are separated by
/// spaces; a step is '#' (a cardinal number), '%' (an ordinal word), or words separated by '|', a trailing '*' making
/// them stems. Context lists are entries separated by '|', each one word or two ("y a"), compared with the words just
/// before or after the match.
/// </summary>
internal sealed record MinorRuleSpec(string Id, string Language, MinorIndicatorKind Kind, string Pattern, double Confidence)
{
    /// <summary>Ages implied by a pattern without a number slot.</summary>
    public (int Min, int Max) Band { get; init; }

    /// <summary>For a number slot n: ages Scale*n + Low to Scale*n + High ("6th grade" is 1*6+5 to 1*6+6).</summary>
    public (int Scale, int Low, int High) SlotBand { get; init; } = (1, 0, 0);

    /// <summary>The numbers a slot accepts; outside it the rule does not fire.</summary>
    public (int Min, int Max) SlotRange { get; init; } = (0, 99);

    /// <summary>Words before the match that mean it is something else ("hace 12 años" is a duration).</summary>
    public string? PrevVeto { get; init; }

    /// <summary>Words after the match that mean it is something else ("12 лет назад", "child process").</summary>
    public string? NextVeto { get; init; }

    /// <summary>Words before the match that make it clearly an age ("tiene 12 años"); confidence becomes <see cref="StrongConfidence"/>.</summary>
    public string? PrevStrong { get; init; }

    /// <summary>
    /// Prepositions before the match that leave it open ("de 12 años": a girl of 12, or a contract of 12 years):
    /// <see cref="StrongConfidence"/> when a person or child word comes before them, <see cref="WeakConfidence"/> otherwise.
    /// </summary>
    public string? PrevWeak { get; init; }

    /// <summary>When set, the word before the match must be one of these ("en CM2", not "12 cm2").</summary>
    public string? PrevRequired { get; init; }

    public double StrongConfidence { get; init; } = 0.95;

    public double WeakConfidence { get; init; } = 0.45;

    /// <summary>When above 0, a person word (pronoun, kin, child noun) must be among this many tokens before the match.</summary>
    public int PersonWindow { get; init; }

    /// <summary>The number must end the phrase: followed by punctuation, the end, or a neutral word ("is 12 and", not "is 12 dollars").</summary>
    public bool BareEnd { get; init; }
}
