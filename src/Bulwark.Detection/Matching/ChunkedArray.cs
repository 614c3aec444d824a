namespace Bulwark.Detection.Matching;

/// <summary>
/// Slot-indexed storage that grows one fixed-size chunk at a time, so adding to a large index never copies
/// (or doubles the footprint of) what is already stored. Each slot holds <c>stride</c> values side by side.
/// Chunks are <see cref="HugePageBlock"/>s, freed by <see cref="Dispose"/> (or, failing that, by finalization).
/// </summary>
internal sealed unsafe class ChunkedArray<T> : IDisposable
    where T : unmanaged
{
    internal const int ChunkShift = 16;
    internal const int ChunkSlots = 1 << ChunkShift;
    private const int ChunkMask = ChunkSlots - 1;

    private readonly int _stride;
    private readonly int _tail;
    private HugePageBlock[] _blocks = [];
    private nint[] _chunks = [];
    private int _chunkCount;

    /// <param name="stride">Values a slot holds.</param>
    /// <param name="tail">Spare values after each chunk's last slot, for readers that load a little past a value.</param>
    public ChunkedArray(int stride = 1, int tail = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(tail);
        _stride = stride;
        _tail = tail;
    }

    /// <summary>Slots that can be addressed without growing.</summary>
    public int Capacity => _chunkCount * ChunkSlots;

    /// <summary>Bytes held by the chunks (for sizing reports).</summary>
    public long AllocatedBytes => (long)_chunkCount * ((ChunkSlots * _stride) + _tail) * sizeof(T);

    public void EnsureSlot(int slot)
    {
        while (slot >= Capacity)
        {
            if (_chunkCount == _chunks.Length)
            {
                var grown = Math.Max(4, _chunks.Length * 2);
                Array.Resize(ref _blocks, grown);
                // Readers index the directory without a lock only while holding the index's read lock, so a
                // writer replacing it is never observed half-built.
                var chunks = new nint[grown];
                _chunks.CopyTo(chunks, 0);
                _chunks = chunks;
            }

            var block = new HugePageBlock((((long)ChunkSlots * _stride) + _tail) * sizeof(T));
            _blocks[_chunkCount] = block;
            _chunks[_chunkCount++] = (nint)block.Pointer;
        }
    }

    public ref T this[int slot] => ref ((T*)_chunks[slot >> ChunkShift])[slot & ChunkMask];

    public ref T At(int slot, int lane) => ref ((T*)_chunks[slot >> ChunkShift])[((slot & ChunkMask) * _stride) + lane];

    /// <summary>Address of a slot's first value, for prefetching.</summary>
    public T* Address(int slot, int lane) => (T*)_chunks[slot >> ChunkShift] + ((slot & ChunkMask) * _stride) + lane;

    public void Dispose()
    {
        for (var i = 0; i < _chunkCount; i++)
        {
            _blocks[i].Dispose();
        }

        _chunkCount = 0;
        _chunks = [];
    }
}
