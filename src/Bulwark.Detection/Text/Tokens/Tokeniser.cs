using System.Buffers;
using System.Globalization;

namespace Bulwark.Detection.Text.Tokens;

/// <summary>
/// Splits a view into <see cref="Token"/>s in one pass: runs of ASCII digits, runs of letters and combining marks, and
/// single CJK characters. Digits and letters are split apart ("12yo" is 12 and yo) so units written against a number
/// match the same rules as units written after a space. Everything else separates tokens and is looked at only by the
/// rules (as the gap between two tokens).
/// </summary>
internal static class Tokeniser
{
    private static readonly SearchValues<char> AsciiLetters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>Writes the tokens of <paramref name="text"/> to <paramref name="tokens"/> (at least text.Length long) and returns their count.</summary>
    public static int Tokenise(ReadOnlySpan<char> text, Span<Token> tokens)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            if (char.IsAsciiDigit(c))
            {
                i++;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                tokens[count++] = new Token(start, i - start, TokenKind.Digits);
            }
            else if (c < 0x80 ? AsciiLetters.Contains(c) : IsWordChar(c))
            {
                i++;
                while (i < text.Length && (text[i] < 0x80 ? AsciiLetters.Contains(text[i]) : IsWordChar(text[i])))
                {
                    i++;
                }

                tokens[count++] = new Token(start, i - start, TokenKind.Word);
            }
            else if (IsCjk(c))
            {
                i++;
                tokens[count++] = new Token(start, 1, TokenKind.Cjk);
            }
            else
            {
                i++;
            }
        }

        return count;
    }

    /// <summary>Han (basic and extension A, compatibility), hiragana and katakana including the prolonged sound mark.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    private static bool IsWordChar(char c) =>
        !IsCjk(c) && (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);
}
