using System.Runtime.InteropServices;
using Bulwark.Scanning.Formats;

namespace Bulwark.Scanning.Tests.Formats;

public sealed class SliceBlocksTests
{
    [Fact]
    public void Small_values_are_consecutive_slices_of_one_block_and_keep_their_contents()
    {
        var blocks = new SliceBlocks<int>(blockLength: 100);

        var first = Add(blocks, [1, 2, 3]);
        var second = Add(blocks, [4, 5]);

        Assert.Equal([1, 2, 3], first.ToArray());
        Assert.Equal([4, 5], second.ToArray());
        Assert.Same(Array(first).Array, Array(second).Array);
        Assert.Equal(Array(first).Offset + 3, Array(second).Offset);
    }

    [Fact]
    public void A_value_that_does_not_fit_starts_a_new_block_and_the_old_values_stay_intact()
    {
        var blocks = new SliceBlocks<int>(blockLength: 100);
        var first = Add(blocks, Enumerable.Range(0, 20).ToArray());
        var second = Add(blocks, Enumerable.Range(100, 20).ToArray());
        var third = Add(blocks, Enumerable.Range(200, 20).ToArray());
        var fourth = Add(blocks, Enumerable.Range(300, 20).ToArray());

        var fifth = Add(blocks, Enumerable.Range(400, 25).ToArray());

        Assert.NotSame(Array(first).Array, Array(fifth).Array);
        Assert.Equal(0, Array(fifth).Offset);
        Assert.Equal(Enumerable.Range(0, 20), first.ToArray());
        Assert.Equal(Enumerable.Range(300, 20), fourth.ToArray());
        Assert.Equal(Enumerable.Range(400, 25), fifth.ToArray());
        Assert.Equal(Enumerable.Range(100, 20), second.ToArray());
        Assert.Equal(Enumerable.Range(200, 20), third.ToArray());
    }

    [Fact]
    public void A_value_over_a_quarter_block_gets_an_array_of_its_own_and_the_block_goes_on()
    {
        var blocks = new SliceBlocks<int>(blockLength: 100);
        var small = Add(blocks, [1, 2]);

        var large = Add(blocks, Enumerable.Range(0, 26).ToArray());
        var next = Add(blocks, [3]);

        Assert.Equal(26, Array(large).Array!.Length);
        Assert.Same(Array(small).Array, Array(next).Array);
        Assert.Equal(2, Array(next).Offset);
    }

    [Fact]
    public void Only_what_is_taken_of_the_reserved_room_is_used()
    {
        var blocks = new SliceBlocks<char>(blockLength: 64);
        var room = blocks.Reserve(10);
        "abc".CopyTo(room);
        var first = blocks.Take(3);

        var second = Add(blocks, ['d']);

        Assert.Equal("abc", first.ToString());
        Assert.Equal(Array(first).Offset + 3, Array(second).Offset);
    }

    private static ReadOnlyMemory<T> Add<T>(SliceBlocks<T> blocks, T[] value)
    {
        value.CopyTo(blocks.Reserve(value.Length));
        return blocks.Take(value.Length);
    }

    private static ArraySegment<T> Array<T>(ReadOnlyMemory<T> memory) =>
        MemoryMarshal.TryGetArray(memory, out var segment) ? segment : throw new InvalidOperationException("not an array slice");
}
