namespace Bulwark.Detection.Text.Tokens;

/// <summary>
/// The hash of a token's characters, computed once per token by <see cref="TokenList"/> and probed with by every
/// <see cref="TokenTable{TValue}"/>: eleven lexicon tables each hashing every token again was a large part of matching.
/// Not randomised, and need not be: a table holds only lexicon words, so input cannot lengthen its probe chains.
/// </summary>
internal static class TokenHash
{
    /// <summary>How many leading characters of a token make its stem key (phrases starting with a stem are indexed by it).</summary>
    public const int StemLength = 4;

    public static int Of(ReadOnlySpan<char> chars) => WordAndStem(chars, out _);

    /// <summary>The hash of all of <paramref name="chars"/> and, in the same pass, of its first <see cref="StemLength"/> (0 when shorter).</summary>
    public static int WordAndStem(ReadOnlySpan<char> chars, out int stem)
    {
        // FNV-1a over UTF-16 units, then a finaliser so the low bits a table indexes by depend on every character.
        stem = 0;
        var hash = 2166136261u;
        for (var i = 0; i < chars.Length; i++)
        {
            hash = (hash ^ chars[i]) * 16777619u;
            if (i == StemLength - 1)
            {
                stem = Finish(hash);
            }
        }

        return Finish(hash);
    }

    private static int Finish(uint hash)
    {
        hash ^= hash >> 16;
        hash *= 0x7FEB352Du;
        hash ^= hash >> 15;
        hash *= 0x846CA68Bu;
        hash ^= hash >> 16;
        return (int)hash;
    }
}
