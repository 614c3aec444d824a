using Bulwark.Detection.Hashing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bulwark.Detection.Tests.Hashing;

public sealed class PdqHashTests
{
    private static PdqHash From(ulong a, ulong b, ulong c, ulong d) => new(a, b, c, d);

    [Property]
    public bool Hex_form_round_trips(ulong a, ulong b, ulong c, ulong d) =>
        PdqHash.Parse(From(a, b, c, d).ToString()) == From(a, b, c, d);

    [Property]
    public bool Hex_form_is_64_lowercase_hex_digits(ulong a, ulong b, ulong c, ulong d) =>
        From(a, b, c, d).ToString() is { Length: 64 } hex && hex.All(ch => ch is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    [Property]
    public bool Distance_is_a_metric(ulong a, ulong b, ulong c, ulong d, ulong e, ulong f, ulong g, ulong h)
    {
        var x = From(a, b, c, d);
        var y = From(e, f, g, h);
        var z = From(a ^ e, b, c ^ h, d);
        return x.DistanceTo(x) == 0
            && x.DistanceTo(y) == y.DistanceTo(x)
            && x.DistanceTo(z) <= x.DistanceTo(y) + y.DistanceTo(z)
            && x.DistanceTo(y) is >= 0 and <= 256;
    }

    [Property]
    public Property Flipping_a_bit_moves_the_hash_by_exactly_one(ulong a, ulong b)
    {
        var hash = From(a, b, ~a, ~b);
        return Prop.ForAll(Gen.Choose(0, 255).ToArbitrary(), bit => hash.WithBitFlipped(bit).DistanceTo(hash) == 1 && hash.WithBitFlipped(bit).GetBit(bit) != hash.GetBit(bit));
    }

    [Fact]
    public void Bit_k_is_word_k_div_16_bit_k_mod_16_as_in_the_reference()
    {
        // The reference prints word 15 first; bit 0 is the lowest bit of the last four hex digits.
        Assert.Equal(new string('0', 63) + "1", PdqHash.Zero.WithBitFlipped(0).ToString());
        Assert.Equal("8" + new string('0', 63), PdqHash.Zero.WithBitFlipped(255).ToString());
        Assert.Equal(new string('0', 60) + "8000", PdqHash.Zero.WithBitFlipped(15).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b2")]
    [InlineData("d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22a")]
    [InlineData("g8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22")]
    [InlineData("+8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22")]
    public void Anything_but_64_hex_digits_is_rejected(string text)
    {
        Assert.False(PdqHash.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PdqHash.Parse(text));
    }

    [Fact]
    public void Upper_case_hex_is_accepted()
    {
        Assert.Equal(
            PdqHash.Parse("d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22"),
            PdqHash.Parse("D8F8F0CEE0F4A84F0637022A078F67F0B36E2ED596621E1D33E6339C4E9C9B22"));
    }
}
