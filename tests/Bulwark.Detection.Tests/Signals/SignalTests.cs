using Bulwark.Detection.Hashing;
using Bulwark.Detection.Signals;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bulwark.Detection.Tests.Signals;

public sealed class SignalTests
{
    private const string MadeUpPdq = "F00DF00DF00DF00DF00DF00DF00DF00D0123456789ABCDEF0123456789ABCDEF";

    [Fact]
    public void Signal_value_is_normalised_to_lowercase_hex_and_trimmed()
    {
        var signal = Signal.Parse(SignalType.Pdq, "  " + MadeUpPdq + "\t");

        Assert.Equal(MadeUpPdq.ToLowerInvariant(), signal.Value);
        Assert.Same(SignalType.Pdq, signal.Type);
    }

    [Fact]
    public void Signals_differing_only_in_case_are_equal()
    {
        var upper = Signal.Parse(SignalType.Md5, "ABCDEF0123456789ABCDEF0123456789");
        var lower = Signal.Parse(SignalType.Md5, "abcdef0123456789abcdef0123456789");

        Assert.Equal(upper, lower);
        Assert.True(upper == lower);
        Assert.Equal(upper.GetHashCode(), lower.GetHashCode());
    }

    [Fact]
    public void Same_hex_under_different_types_is_a_different_signal()
    {
        var hex = new string('a', 64);
        Assert.NotEqual(Signal.Parse(SignalType.Pdq, hex), Signal.Parse(SignalType.Sha256, hex));
    }

    [Theory]
    [InlineData("md5", "abcdef0123456789abcdef012345678", "expected 32 hex digits, got 31")]
    [InlineData("sha256", "abcdef0123456789abcdef0123456789", "expected 64 hex digits, got 32")]
    [InlineData("md5", "abcdefg123456789abcdef0123456789", "'g' at position 7 is not a hex digit")]
    [InlineData("md5", "0xcdef0123456789abcdef0123456789", "'x' at position 2 is not a hex digit")]
    [InlineData("pdq", "   ", "Empty pdq value")]
    [InlineData("md5", "abcdef01 23456789abcdef0123456789", "' ' at position 9")]
    public void Malformed_values_are_rejected_with_a_reason_naming_the_problem(string type, string value, string reason)
    {
        Assert.False(Signal.TryParse(SignalType.Parse(type), value, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
        var thrown = Assert.Throws<FormatException>(() => Signal.Parse(SignalType.Parse(type), value));
        Assert.Equal(error, thrown.Message);
    }

    [Fact]
    public void Pdq_signal_from_a_hash_matches_its_hex_form()
    {
        var hash = PdqHash.Parse(MadeUpPdq);
        Assert.Equal(Signal.Parse(SignalType.Pdq, MadeUpPdq), Signal.FromPdq(hash));
    }

    [Property]
    public Property Any_32_bytes_round_trip_through_sha256_and_pdq_signals()
    {
        return Prop.ForAll(
            ArbMap.Default.GeneratorFor<byte>().ArrayOf(32).ToArbitrary(),
            bytes =>
            {
                var hex = Convert.ToHexString(bytes);
                var expected = Convert.ToHexStringLower(bytes);
                return string.Equals(Signal.Parse(SignalType.Sha256, hex).Value, expected, StringComparison.Ordinal)
                    && string.Equals(Signal.Parse(SignalType.Pdq, hex).Value, expected, StringComparison.Ordinal);
            });
    }
}
