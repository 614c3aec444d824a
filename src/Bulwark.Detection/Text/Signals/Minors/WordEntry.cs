namespace Bulwark.Detection.Text.Signals.Minors;

/// <summary>
/// Everything the detector knows about one folded-view token, found with a single dictionary lookup: the rules whose
/// pattern starts with it and its roles as a number, ordinal, person word or connector.
/// </summary>
/// <param name="Rules">Rules whose first step is this word.</param>
/// <param name="Cardinal">Its value as a cardinal number word or CJK numeral, or -1.</param>
/// <param name="Ordinal">Its value as an ordinal word, or -1.</param>
/// <param name="IsPerson">A pronoun, kin or child word that makes "is 12" after it an age.</param>
/// <param name="IsConnector">A word joining tens and units ("twenty and one" is rare, "treinta y uno", "trente et un" are not).</param>
/// <param name="BreaksCjkNumber">A CJK character (百, 千, 万, 零) that makes a numeral after it part of a larger number.</param>
internal sealed record WordEntry(MinorRule[] Rules, int Cardinal, int Ordinal, bool IsPerson, bool IsConnector, bool BreaksCjkNumber)
{
    public static WordEntry Empty { get; } = new([], -1, -1, false, false, false);
}
