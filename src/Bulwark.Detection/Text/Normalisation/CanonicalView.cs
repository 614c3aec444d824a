namespace Bulwark.Detection.Text.Normalisation;

/// <summary>
/// Builds the canonical view cluster by cluster: a cluster is a code point with the combining marks and invisible
/// characters that follow it. Folding whole clusters is what lets "e" + U+0301 compose and still map to both source
/// characters, and what keeps the view idempotent.
/// </summary>
internal static class CanonicalView
{
    public static void Build(ReadOnlySpan<char> text, CharacterFolding folding, MappedTextBuilder output)
    {
        var i = 0;
        while (i < text.Length)
        {
            // Bulk path: ASCII maps to itself lowercased, unless a combining mark follows the last character of the run.
            var asciiRun = text[i..].IndexOfAnyExceptInRange('\0', '\u007F');
            var asciiEnd = asciiRun < 0 ? text.Length : i + asciiRun;
            if (asciiEnd < text.Length && asciiEnd > i && JoinsAt(text, asciiEnd, folding))
            {
                asciiEnd--;
            }

            if (asciiEnd > i)
            {
                output.AppendSequential(text[i..asciiEnd], i, lowerAscii: true);
                i = asciiEnd;
                continue;
            }

            // Fast path: one code unit that maps to one code unit and is not followed by anything that joins it.
            if (folding.IsSimpleBmp(text[i], out var folded) && !JoinsAt(text, i + 1, folding))
            {
                output.Append(folded, i, i + 1);
                i++;
                continue;
            }

            var cp = ReadScalar(text, i, out var width);
            if (CharacterFolding.IsInvisible(cp))
            {
                i += width;
                continue;
            }

            var end = i + width;
            var lastVisibleEnd = end;
            var hasMarks = false;
            while (end < text.Length && JoinsAt(text, end, folding))
            {
                var next = ReadScalar(text, end, out var nextWidth);
                if (!CharacterFolding.IsInvisible(next))
                {
                    hasMarks = true;
                    lastVisibleEnd = end + nextWidth;
                }

                end += nextWidth;
            }

            if (hasMarks)
            {
                output.Append(folding.FoldCluster(text[i..end]), i, lastVisibleEnd);
            }
            else
            {
                // Only invisibles followed: they vanish and the character maps to itself alone.
                folding.AppendSingle(cp, output, i, i + width);
            }

            i = end;
        }
    }

    private static bool JoinsAt(ReadOnlySpan<char> text, int index, CharacterFolding folding)
    {
        if (index >= text.Length)
        {
            return false;
        }

        var c = text[index];
        if (!char.IsHighSurrogate(c))
        {
            return !char.IsLowSurrogate(c) && folding.JoinsPrevious(c);
        }

        return index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            && folding.JoinsPrevious(char.ConvertToUtf32(c, text[index + 1]));
    }

    /// <summary>Reads one code point; a lone surrogate is returned as itself, one code unit wide.</summary>
    private static int ReadScalar(ReadOnlySpan<char> text, int index, out int width)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }

        width = 1;
        return c;
    }
}
