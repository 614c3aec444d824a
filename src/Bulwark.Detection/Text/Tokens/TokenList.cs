using System.Buffers;

namespace Bulwark.Detection.Text.Tokens;

/// <summary>
/// The tokens of one view of a text, made once and read by every signal: six signals tokenising the same view each
/// for itself cost six passes and, on long texts, six token arrays competing for the cache. Immutable.
/// </summary>
internal sealed class TokenList
{
    private readonly Token[] _tokens;
    private readonly int[] _wordHashes;
    private readonly int[] _stemHashes;

    private TokenList(string view, Token[] tokens)
    {
        View = view;
        _tokens = tokens;
        _wordHashes = new int[tokens.Length];
        _stemHashes = new int[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            _wordHashes[i] = TokenHash.WordAndStem(Text(i), out _stemHashes[i]);
        }
    }

    /// <summary>The view the tokens point into.</summary>
    public string View { get; }

    public ReadOnlySpan<Token> Tokens => _tokens;

    public int Count => _tokens.Length;

    /// <summary>Tokenises <paramref name="view"/>.</summary>
    public static TokenList Of(string view)
    {
        // A short view (a caption, a chat line) is tokenised on the stack: renting was a fifth of tokenising one.
        if (view.Length <= MaxStackTokens)
        {
            // Sized to the view: the runtime zeroes a stack buffer, and zeroing 128 tokens for a 40-character caption showed.
            Span<Token> tokens = stackalloc Token[view.Length];
            var count = Tokeniser.Tokenise(view, tokens);
            return new TokenList(view, tokens[..count].ToArray());
        }

        var buffer = ArrayPool<Token>.Shared.Rent(view.Length);
        try
        {
            var count = Tokeniser.Tokenise(view, buffer);
            return new TokenList(view, buffer.AsSpan(0, count).ToArray());
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
        }
    }

    /// <summary>Views up to this long are tokenised into a stack buffer (a view has at most one token per code unit).</summary>
    private const int MaxStackTokens = 128;

    /// <summary>The characters of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Text(int index) => View.AsSpan(_tokens[index].Start, _tokens[index].Length);

    /// <summary>The <see cref="TokenHash.Of"/> of token <paramref name="index"/>, computed when the list was made.</summary>
    public int WordHash(int index) => _wordHashes[index];

    /// <summary>Looks token <paramref name="index"/> up in <paramref name="table"/> without hashing it again.</summary>
    public bool TryLookup<TValue>(TokenTable<TValue> table, int index, out TValue value) =>
        table.TryGetValue(Text(index), _wordHashes[index], out value);

    /// <summary>
    /// Looks the first <see cref="TokenHash.StemLength"/> characters of token <paramref name="index"/> up in
    /// <paramref name="table"/>; false for a shorter token.
    /// </summary>
    public bool TryLookupStem<TValue>(TokenTable<TValue> table, int index, out TValue value)
    {
        if (_tokens[index].Length < TokenHash.StemLength)
        {
            value = default!;
            return false;
        }

        return table.TryGetValue(Text(index)[..TokenHash.StemLength], _stemHashes[index], out value);
    }
}
