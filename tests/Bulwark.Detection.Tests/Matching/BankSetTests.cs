using Bulwark.Detection.Matching;

namespace Bulwark.Detection.Tests.Matching;

public sealed class BankSetTests
{
    [Fact]
    public void Set_contains_exactly_its_ordinals()
    {
        var set = BankSet.Of(0, 63, 64, BankSet.MaxOrdinal);

        Assert.True(set.Contains(0));
        Assert.True(set.Contains(63));
        Assert.True(set.Contains(64));
        Assert.True(set.Contains(BankSet.MaxOrdinal));
        Assert.False(set.Contains(1));
        Assert.False(set.Contains(-1));
        Assert.False(set.Contains(BankSet.MaxOrdinal + 1));
    }

    [Fact]
    public void Ordinals_outside_the_range_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BankSet.Of(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => BankSet.Of(BankSet.MaxOrdinal + 1));
    }
}
