namespace Bulwark.Detection.Text.Tokens;

/// <summary>A word, number or CJK character of the folded view: its start, length and kind.</summary>
internal readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;
}
