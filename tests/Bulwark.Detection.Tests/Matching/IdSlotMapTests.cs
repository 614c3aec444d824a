using Bulwark.Detection.Matching;

namespace Bulwark.Detection.Tests.Matching;

public sealed class IdSlotMapTests
{
    [Fact]
    public void Map_agrees_with_a_dictionary_through_random_adds_and_removes()
    {
        var random = new Random(12);
        var ids = new ChunkedArray<long>();
        var map = new IdSlotMap(ids, 0);
        var expected = new Dictionary<long, int>();
        var free = new Stack<int>();
        var nextSlot = 0;
        for (var step = 0; step < 50_000; step++)
        {
            // A narrow id range forces collisions, long probe runs and removals from the middle of runs.
            var id = random.Next(4000) * 1024L;
            if (expected.Remove(id, out var slot))
            {
                map.Remove(id);
                free.Push(slot);
            }
            else
            {
                slot = free.Count > 0 ? free.Pop() : nextSlot++;
                ids.EnsureSlot(slot);
                ids[slot] = id;
                map.Add(id, slot);
                expected.Add(id, slot);
            }

            if (step % 997 == 0)
            {
                for (var probe = 0; probe < 4000; probe++)
                {
                    var key = probe * 1024L;
                    Assert.Equal(expected.TryGetValue(key, out var want), map.TryGet(key, out var got));
                    if (expected.ContainsKey(key))
                    {
                        Assert.Equal(want, got);
                    }
                }
            }
        }
    }
}
