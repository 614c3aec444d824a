namespace Bulwark.Detection.Text.Signals.Minors;

/// <summary>How one step of a rule's pattern matches a token.</summary>
internal enum StepKind : byte
{
    /// <summary>The token is one of the step's words.</summary>
    Literal,

    /// <summary>The token starts with one of the step's stems (inflected forms: "jährig*" for jährige, jähriges…).</summary>
    Prefix,

    /// <summary>A cardinal number: digits, number words ("twelve", "dix-sept", "двадцать один") or CJK numerals (十二). Written '#'.</summary>
    Cardinal,

    /// <summary>An ordinal word ("sixth", "sexto", "sixième", "fünfte", "пятый"). Written '%'.</summary>
    Ordinal,
}
