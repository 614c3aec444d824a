using Bulwark.Detection.Hashing;
using Bulwark.Detection.Matching;

namespace Bulwark.Detection.Tests.Matching;

public sealed class PdqSegmentLayoutTests
{
    [Fact]
    public void Segments_tile_all_256_bits_without_overlap()
    {
        for (var count = 12; count <= 32; count++)
        {
            var layout = new PdqSegmentLayout(count);
            var total = 0;
            for (var j = 0; j < count; j++)
            {
                total += layout.Width(j);
            }

            Assert.Equal(PdqHash.BitCount, total);
        }
    }

    [Fact]
    public void Extracted_segments_reassemble_the_hash()
    {
        var random = new RandomHashes(11);
        var layout = new PdqSegmentLayout(12);
        var hash = random.Uniform();
        Span<ulong> limbs = stackalloc ulong[4];
        PdqSegmentLayout.ToLimbs(hash, limbs);
        var bit = 0;
        for (var j = 0; j < layout.Count; j++)
        {
            var segment = layout.Extract(limbs, j);
            for (var k = 0; k < layout.Width(j); k++, bit++)
            {
                Assert.Equal(hash.GetBit(bit), ((segment >> k) & 1) != 0);
            }
        }
    }

    [Fact]
    public void Radii_guarantee_some_segment_is_within_its_radius_for_every_distance()
    {
        // Pigeonhole: a hash at distance <= r must have some segment j with distance <= radii[j],
        // which holds exactly when sum(radii[j] + 1) > r.
        Span<int> buffer = stackalloc int[32];
        for (var count = 12; count <= 32; count++)
        {
            var layout = new PdqSegmentLayout(count);
            var radii = buffer[..count];
            for (var r = 0; r <= PdqHash.BitCount; r++)
            {
                layout.Radii(r, radii);
                var capacity = 0;
                foreach (var radius in radii)
                {
                    capacity += radius + 1;
                }

                Assert.True(capacity > r, $"m={count}, r={r}");
            }
        }
    }

    [Fact]
    public void Segment_count_grows_as_the_expected_size_grows()
    {
        Assert.Equal(16, PdqSegmentLayout.SegmentCountFor(0));
        Assert.Equal(16, PdqSegmentLayout.SegmentCountFor(50_000));
        Assert.Equal(13, PdqSegmentLayout.SegmentCountFor(1_000_000));
        Assert.Equal(12, PdqSegmentLayout.SegmentCountFor(10_000_000));
    }
}
