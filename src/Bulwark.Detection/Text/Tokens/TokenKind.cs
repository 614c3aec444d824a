namespace Bulwark.Detection.Text.Tokens;

/// <summary>What a <see cref="Token"/> of the folded view is made of.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters and combining marks of alphabetic scripts.</summary>
    Word,

    /// <summary>ASCII digits.</summary>
    Digits,

    /// <summary>One Han, hiragana or katakana character: these scripts do not separate words, so each is a token.</summary>
    Cjk,
}
