namespace Bulwark.Detection.Matching;

/// <summary>
/// The bucket-chain links of every slot, one per segment, packed as 28-bit values two to seven bytes.
/// </summary>
/// <remarks>
/// Links are the index's largest table (m links an entry); 28 bits instead of 32 saves about 60 MB at ten
/// million entries and still addresses <see cref="MaxSlots"/> slots. A link holds <c>slot + 1</c>, 0 ending the chain.
/// Writes read and rewrite eight bytes, touching a neighbour's byte; that is safe because every write holds
/// the index's write lock.
/// </remarks>
internal sealed unsafe class PackedLinks : IDisposable
{
    /// <summary>Slots a 28-bit link can address (one value is the chain end).</summary>
    public const int MaxSlots = (1 << 28) - 1;

    private const uint Mask = (1u << 28) - 1;
    private readonly ChunkedArray<byte> _bytes;

    public PackedLinks(int segmentCount)
    {
        // A pair's eight-byte access runs one byte past the pair: into the next slot, or into the chunk's spare byte.
        _bytes = new ChunkedArray<byte>(((segmentCount + 1) / 2) * 7, tail: 1);
    }

    public long AllocatedBytes => _bytes.AllocatedBytes;

    public void EnsureSlot(int slot) => _bytes.EnsureSlot(slot);

    public int Get(int slot, int segment)
    {
        var word = *(ulong*)Address(slot, segment);
        return (int)((uint)(word >> ((segment & 1) * 28)) & Mask);
    }

    public void Set(int slot, int segment, int link)
    {
        var address = (ulong*)Address(slot, segment);
        var shift = (segment & 1) * 28;
        *address = (*address & ~((ulong)Mask << shift)) | ((ulong)(uint)link << shift);
    }

    /// <summary>Where the link's bytes start, for prefetching.</summary>
    public byte* Address(int slot, int segment) => _bytes.Address(slot, (segment >> 1) * 7);

    public void Dispose() => _bytes.Dispose();
}
