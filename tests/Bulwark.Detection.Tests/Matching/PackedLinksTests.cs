using Bulwark.Detection.Matching;

namespace Bulwark.Detection.Tests.Matching;

public sealed class PackedLinksTests
{
    [Theory]
    [InlineData(12)]
    [InlineData(13)]
    public void Every_link_reads_back_what_was_last_written_to_it_and_nothing_else(int segmentCount)
    {
        var random = new Random(segmentCount);
        using var links = new PackedLinks(segmentCount);
        // Two chunks' worth of slots so chunk boundaries (and the spare byte after a chunk's last slot) are crossed.
        var slots = (2 * ChunkedArray<byte>.ChunkSlots) + 5;
        links.EnsureSlot(slots - 1);
        var expected = new int[slots, segmentCount];
        for (var step = 0; step < 200_000; step++)
        {
            var slot = step % 3 == 0 ? random.Next(slots) : slots - 1 - random.Next(8);
            var segment = random.Next(segmentCount);
            var value = random.Next(4) == 0 ? PackedLinks.MaxSlots : random.Next(PackedLinks.MaxSlots + 1);
            links.Set(slot, segment, value);
            expected[slot, segment] = value;
        }

        for (var slot = 0; slot < slots; slot++)
        {
            for (var segment = 0; segment < segmentCount; segment++)
            {
                Assert.Equal(expected[slot, segment], links.Get(slot, segment));
            }
        }
    }
}
