namespace Bulwark.Detection.Text.Tokens;

/// <summary>
/// A read-only string-keyed table probed with a <see cref="TokenHash"/> the caller already has. Open addressing over
/// a compact array of tags, so a token that is not in the table (most tokens, for most tables) costs one read of a
/// small array that stays in cache, not a hash of its characters and a walk through buckets, keys and entries.
/// </summary>
internal sealed class TokenTable<TValue>
{
    private readonly int[] _tags;
    private readonly string[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;

    /// <summary>Builds a table of <paramref name="entries"/>; keys must be distinct (ordinal).</summary>
    public TokenTable(IReadOnlyCollection<KeyValuePair<string, TValue>> entries)
    {
        // At most half full, so a miss usually ends at the first empty slot.
        var capacity = (int)Math.Max(8, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)entries.Count * 2));
        _tags = new int[capacity];
        _keys = new string[capacity];
        _values = new TValue[capacity];
        _mask = capacity - 1;
        foreach (var (key, value) in entries)
        {
            var hash = TokenHash.Of(key);
            var slot = hash & _mask;
            while (_tags[slot] != 0)
            {
                if (string.Equals(_keys[slot], key, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"Duplicate key '{key}'.", nameof(entries));
                }

                slot = (slot + 1) & _mask;
            }

            _tags[slot] = Tag(hash);
            _keys[slot] = key;
            _values[slot] = value;
        }

        Count = entries.Count;
    }

    public int Count { get; }

    /// <summary>Looks up <paramref name="key"/>, whose <see cref="TokenHash.Of"/> is <paramref name="hash"/>.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, int hash, out TValue value)
    {
        var tag = Tag(hash);
        for (var slot = hash & _mask; ; slot = (slot + 1) & _mask)
        {
            var stored = _tags[slot];
            if (stored == 0)
            {
                value = default!;
                return false;
            }

            if (stored == tag && key.SequenceEqual(_keys[slot]))
            {
                value = _values[slot];
                return true;
            }
        }
    }

    /// <summary>Zero marks an empty slot, so every stored tag has its lowest bit set.</summary>
    private static int Tag(int hash) => hash | 1;
}
