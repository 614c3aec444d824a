namespace Bulwark.Detection.Text.Signals.Protective;

/// <summary>
/// A one-bit-per-slot filter over the lexicon's keys, read before the dictionary: most tokens of ordinary text are
/// not rule words, and a bit test on their length and first and last characters is much cheaper than hashing the
/// whole token. False positives only cost the dictionary lookup the filter would have saved; there are no false
/// negatives. Measured in docs/benchmarks.md, "Protective contexts".
/// </summary>
internal sealed class TokenFilter
{
    private const int Bits = 1 << 16;

    private readonly ulong[] _slots = new ulong[Bits / 64];

    public TokenFilter(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            var slot = Slot(key);
            _slots[slot >> 6] |= 1UL << (slot & 63);
        }
    }

    public bool MayContain(ReadOnlySpan<char> token)
    {
        var slot = Slot(token);
        return (_slots[slot >> 6] & (1UL << (slot & 63))) != 0;
    }

    private static int Slot(ReadOnlySpan<char> token) =>
        token.IsEmpty ? 0 : (int)(((uint)token[0] * 31u + (uint)token[^1] * 7u + (uint)token.Length * 131u) * 2654435761u >> 16);
}
