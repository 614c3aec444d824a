namespace Bulwark.Scanning.Formats;

/// <summary>
/// Hands out a reader's values (text, tar members) as slices of large arrays instead of one small array each. A batch
/// of values lives until it is checked, long enough for collections to copy small arrays into older generations;
/// arrays this large sit on the large object heap, which collections do not copy. A value too large to share a block
/// gets an array of its own. Nothing is reused: a block lives as long as any slice of it, so no slice outlives its
/// memory.
/// </summary>
internal sealed class SliceBlocks<T>(int blockLength)
{
    private T[] _block = [];
    private int _used;
    private T[]? _own;

    /// <summary>Room for at least <paramref name="minimum"/> items, to be claimed with <see cref="Take"/>.</summary>
    public Span<T> Reserve(int minimum)
    {
        if (minimum > blockLength / 4)
        {
            _own = GC.AllocateUninitializedArray<T>(minimum);
            return _own;
        }

        _own = null;
        if (_block.Length - _used < minimum)
        {
            _block = GC.AllocateUninitializedArray<T>(blockLength);
            _used = 0;
        }

        return _block.AsSpan(_used);
    }

    /// <summary>The first <paramref name="count"/> items of the room last reserved, as the value's memory.</summary>
    public ReadOnlyMemory<T> Take(int count)
    {
        if (_own is { } own)
        {
            _own = null;
            return own.AsMemory(0, count);
        }

        var slice = new ReadOnlyMemory<T>(_block, _used, count);
        _used += count;
        return slice;
    }
}
