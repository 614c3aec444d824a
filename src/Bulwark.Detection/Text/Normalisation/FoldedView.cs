using System.Buffers;

namespace Bulwark.Detection.Text.Normalisation;

/// <summary>
/// Builds the folded view from the canonical one. Words are maximal runs of letters, digits, combining marks and the
/// symbols used as letters (@ $ £, and € which the canonical view has already folded to its UTS #39 prototype
/// U+A793); everything else separates them and is copied unchanged.
/// </summary>
internal static class FoldedView
{
    /// <summary>Letters that are words on their own in the nine languages: "a", "I", "y", "o", "e", "à", "è", "é", "и", "в", "с", "к", "я", "у", "о".</summary>
    private static readonly SearchValues<char> StandaloneLetters = SearchValues.Create("aiyoeuàèéиовскяу");

    /// <summary>Fewest single letters in a row that are joined: "a b test" stays apart, "h e l l o" is joined.</summary>
    private const int MinJoinedLetters = 3;

    /// <summary>Longest separator between joined letters ("h - e - l - l - o" uses three).</summary>
    private const int MaxJoinSeparator = 3;

    private static readonly SearchValues<char> AsciiWordChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@$");

    /// <summary>The canonical form of '€' (confusables.txt maps it to U+A792, lowercased).</summary>
    private const char Euro = '\uA793';

    private static readonly SearchValues<char> FoldableChars = SearchValues.Create("0123456789@$£\uA793");

    private static readonly SearchValues<char> JoinSeparators = SearchValues.Create(" .-_*/\\·~+|'");

    public static void Build(ReadOnlySpan<char> canonical, MappedTextBuilder output)
    {
        var word = ArrayPool<char>.Shared.Rent(Math.Max(canonical.Length, 1));
        var positions = ArrayPool<int>.Shared.Rent(Math.Max(canonical.Length, 1));
        try
        {
            // Plain stretches (separators and words with nothing to fold) are copied in bulk; only words with digits,
            // symbols, triple letters or a single character go through the word path.
            var plainStart = 0;
            var i = 0;
            while (i < canonical.Length)
            {
                if (!IsWordChar(canonical[i]))
                {
                    i++;
                    continue;
                }

                var wordEnd = i + 1;
                var foldable = FoldableChars.Contains(canonical[i]);
                while (wordEnd < canonical.Length && IsWordChar(canonical[wordEnd]))
                {
                    var c = canonical[wordEnd];
                    foldable |= FoldableChars.Contains(c)
                        || (wordEnd - i >= 2 && c == canonical[wordEnd - 1] && c == canonical[wordEnd - 2]);
                    wordEnd++;
                }

                if (wordEnd - i > 1 && !foldable)
                {
                    i = wordEnd;
                    continue;
                }

                output.AppendSequential(canonical[plainStart..i], plainStart, lowerAscii: false);
                var length = TryJoinSingles(canonical, i, word, positions, out var next);
                if (length == 0)
                {
                    for (next = i; next < wordEnd; next++)
                    {
                        word[length] = canonical[next];
                        positions[length++] = next;
                    }
                }

                EmitWord(word.AsSpan(0, length), positions.AsSpan(0, length), output);
                i = next;
                plainStart = next;
            }

            output.AppendSequential(canonical[plainStart..], plainStart, lowerAscii: false);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(word);
            ArrayPool<int>.Shared.Return(positions);
        }
    }

    private static bool IsWordChar(char c) => c < 0x80
        ? AsciiWordChars.Contains(c)
        : char.IsLetterOrDigit(c) || c is '£' || char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsSingle(ReadOnlySpan<char> text, int index) =>
        IsWordChar(text[index]) && (index + 1 == text.Length || !IsWordChar(text[index + 1]));

    /// <summary>
    /// At a one-character word, collects a run of at least <see cref="MinJoinedLetters"/> one-character words separated
    /// by the same short punctuation, at least two of them letters; returns 0 when there is none.
    /// </summary>
    private static int TryJoinSingles(ReadOnlySpan<char> text, int start, char[] word, int[] positions, out int next)
    {
        next = start;
        if (!IsSingle(text, start) || (start > 0 && IsWordChar(text[start - 1])))
        {
            return 0;
        }

        var count = 1;
        var letters = char.IsLetter(text[start]) ? 1 : 0;
        var at = start;
        var separator = ReadOnlySpan<char>.Empty;
        while (true)
        {
            var sepEnd = at + 1;
            while (sepEnd < text.Length && sepEnd - at - 1 < MaxJoinSeparator && JoinSeparators.Contains(text[sepEnd]))
            {
                sepEnd++;
            }

            var candidate = text[(at + 1)..sepEnd];
            if (candidate.IsEmpty || sepEnd >= text.Length || !IsSingle(text, sepEnd)
                || (!separator.IsEmpty && !candidate.SequenceEqual(separator)))
            {
                break;
            }

            separator = candidate;
            at = sepEnd;
            count++;
            letters += char.IsLetter(text[at]) ? 1 : 0;
        }

        if (count < MinJoinedLetters || letters < 2)
        {
            return 0;
        }

        // "write a s e x y story", "i l o v e": a one-letter word of its own (an article, "I", "y", "à", "и") in front of a
        // word spaced out with blanks is not its first letter; declining here makes the caller keep it and join from the
        // next letter. Dots or dashes ("é.r.o.t.i.q.u.e") are one deliberate word, first letter included.
        if (count - 1 >= MinJoinedLetters && StandaloneLetters.Contains(char.ToLowerInvariant(text[start])) && separator.Trim(' ').IsEmpty)
        {
            return 0;
        }

        var length = 0;
        for (var p = start; p <= at; p += separator.Length + 1)
        {
            word[length] = text[p];
            positions[length++] = p;
        }

        next = at + 1;
        return length;
    }

    private static void EmitWord(Span<char> word, ReadOnlySpan<int> positions, MappedTextBuilder output)
    {
        FoldLeet(word);

        var i = 0;
        while (i < word.Length)
        {
            var run = 1;
            while (i + run < word.Length && word[i + run] == word[i])
            {
                run++;
            }

            if (run >= 3 && char.IsLetter(word[i]))
            {
                output.Append(word[i], positions[i], positions[i + run - 1] + 1);
            }
            else
            {
                for (var k = i; k < i + run; k++)
                {
                    output.Append(word[k], positions[k], positions[k] + 1);
                }
            }

            i += run;
        }
    }

    /// <summary>
    /// Symbols fold in any word that has a letter; digits only when a letter comes before a digit ("h3ll0", "b4"),
    /// so numbers with a unit after them ("12yo", "2nd", "13jährig") keep the digits age detectors look for.
    /// </summary>
    private static void FoldLeet(Span<char> word)
    {
        var seenLetter = false;
        var letterBeforeDigit = false;
        foreach (var c in word)
        {
            if (char.IsLetter(c) && c != Euro)
            {
                seenLetter = true;
            }
            else if (seenLetter && char.IsAsciiDigit(c))
            {
                letterBeforeDigit = true;
                break;
            }
        }

        if (!seenLetter)
        {
            return;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            word[i] = c switch
            {
                '@' => 'a',
                '$' => 's',
                Euro => 'e',
                '£' => 'l',
                _ when letterBeforeDigit && char.IsAsciiDigit(c) => LeetDigit(c),
                _ => c,
            };
        }
    }

    private static char LeetDigit(char digit) => digit switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '6' => 'g',
        '7' => 't',
        '8' => 'b',
        '9' => 'g',
        _ => digit,
    };
}
