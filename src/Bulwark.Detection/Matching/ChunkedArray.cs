namespace Bulwark.Detection.Matching;

/// <summary>
/// Slot-indexed storage that grows one fixed-size chunk at a time, so adding to a large index never copies
/// (or doubles the footprint of) what is already stored. Each slot holds <c>stride</c> values side by side.
/// </summary>
internal sealed class ChunkedArray<T>
{
    internal const int ChunkShift = 16;
    internal const int ChunkSlots = 1 << ChunkShift;
    private const int ChunkMask = ChunkSlots - 1;

    private readonly int _stride;
    private T[][] _chunks = [];
    private int _chunkCount;

    public ChunkedArray(int stride = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, 1);
        _stride = stride;
    }

    /// <summary>Slots that can be addressed without growing.</summary>
    public int Capacity => _chunkCount * ChunkSlots;

    /// <summary>Bytes held by the chunks (for sizing reports).</summary>
    public long AllocatedBytes => (long)_chunkCount * ChunkSlots * _stride * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();

    public void EnsureSlot(int slot)
    {
        while (slot >= Capacity)
        {
            if (_chunkCount == _chunks.Length)
            {
                Array.Resize(ref _chunks, Math.Max(4, _chunks.Length * 2));
            }

            _chunks[_chunkCount++] = new T[ChunkSlots * _stride];
        }
    }

    public ref T this[int slot] => ref _chunks[slot >> ChunkShift][slot & ChunkMask];

    public ref T At(int slot, int lane) => ref _chunks[slot >> ChunkShift][((slot & ChunkMask) * _stride) + lane];
}
