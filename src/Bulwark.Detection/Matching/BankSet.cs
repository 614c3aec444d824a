namespace Bulwark.Detection.Matching;

/// <summary>
/// An immutable set of bank ordinals used to restrict a query to some banks. Membership is one bit test,
/// so the filter is applied to each verified candidate inside the search at no measurable cost.
/// </summary>
public sealed class BankSet
{
    /// <summary>The largest bank ordinal an index accepts; ordinals run from 0 to this value.</summary>
    public const int MaxOrdinal = ushort.MaxValue - 1;

    private readonly ulong[] _bits = new ulong[(MaxOrdinal >> 6) + 1];

    /// <summary>Creates a set holding <paramref name="ordinals"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An ordinal is outside 0..<see cref="MaxOrdinal"/>.</exception>
    public BankSet(IEnumerable<int> ordinals)
    {
        ArgumentNullException.ThrowIfNull(ordinals);
        foreach (var ordinal in ordinals)
        {
            ValidateOrdinal(ordinal, nameof(ordinals));
            _bits[ordinal >> 6] |= 1UL << (ordinal & 63);
        }
    }

    /// <summary>Creates a set holding <paramref name="ordinals"/>.</summary>
    public static BankSet Of(params int[] ordinals) => new(ordinals);

    /// <summary>Whether <paramref name="ordinal"/> is in the set; ordinals out of range are never members.</summary>
    public bool Contains(int ordinal) =>
        (uint)ordinal <= MaxOrdinal && (_bits[ordinal >> 6] & (1UL << (ordinal & 63))) != 0;

    internal static void ValidateOrdinal(int ordinal, string parameterName)
    {
        if ((uint)ordinal > MaxOrdinal)
        {
            throw new ArgumentOutOfRangeException(parameterName, ordinal, $"Bank ordinals run from 0 to {MaxOrdinal}.");
        }
    }
}
