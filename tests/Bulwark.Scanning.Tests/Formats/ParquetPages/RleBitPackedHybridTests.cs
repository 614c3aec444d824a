using Bulwark.Scanning.Formats.ParquetPages;

namespace Bulwark.Scanning.Tests.Formats.ParquetPages;

public sealed class RleBitPackedHybridTests
{
    /// <summary>A run of five 4s, then one packed group of 0..7 at 3 bits (the Parquet specification's own example).</summary>
    private static readonly byte[] RunThenPacked = [0x0A, 0x04, 0x03, 0x88, 0xC6, 0xFA];

    [Fact]
    public void Runs_and_packed_groups_decode_in_order()
    {
        var values = new int[13];

        RleBitPackedHybrid.Decode(RunThenPacked, 3, values);

        Assert.Equal([4, 4, 4, 4, 4, 0, 1, 2, 3, 4, 5, 6, 7], values);
    }

    [Fact]
    public void Only_as_many_values_as_asked_for_are_taken_from_a_group()
    {
        var values = new int[7];

        RleBitPackedHybrid.Decode(RunThenPacked, 3, values);

        Assert.Equal([4, 4, 4, 4, 4, 0, 1], values);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(1)]
    [InlineData(0)]
    public void Data_that_ends_before_the_count_is_invalid(int length) =>
        Assert.Throws<InvalidDataException>(() => RleBitPackedHybrid.Decode(RunThenPacked.AsSpan(0, length), 3, new int[13]));

    [Fact]
    public void A_bit_width_over_32_is_invalid() =>
        Assert.Throws<InvalidDataException>(() => RleBitPackedHybrid.Decode(RunThenPacked, 33, new int[1]));
}
