namespace Bulwark.Detection.Hashing.Pdq;

/// <summary>
/// Maps the 16x16 DCT of an image to the DCT of a rotated or mirrored copy: mirroring a DCT-II basis of odd
/// frequency negates it, and a transpose swaps axes. Row/column 0 here is frequency 1 (the DC row is dropped),
/// so "even index" means odd frequency.
/// </summary>
internal static class DihedralDct
{
    private const int Size = PdqDct.OutputSize;

    public static void Transform(Dihedral symmetry, ReadOnlySpan<float> dct, Span<float> result)
    {
        for (var i = 0; i < Size; i++)
        {
            for (var j = 0; j < Size; j++)
            {
                var value = dct[(i * Size) + j];
                var (target, negate) = symmetry switch
                {
                    Dihedral.Original => ((i * Size) + j, false),
                    Dihedral.Rotate90 => ((j * Size) + i, (j & 1) == 0),
                    Dihedral.Rotate180 => ((i * Size) + j, ((i + j) & 1) == 1),
                    Dihedral.Rotate270 => ((j * Size) + i, (i & 1) == 0),
                    Dihedral.FlipX => ((i * Size) + j, (i & 1) == 0),
                    Dihedral.FlipY => ((i * Size) + j, (j & 1) == 0),
                    Dihedral.FlipPlus1 => ((j * Size) + i, false),
                    Dihedral.FlipMinus1 => ((j * Size) + i, ((i + j) & 1) == 1),
                    _ => throw new ArgumentOutOfRangeException(nameof(symmetry)),
                };
                result[target] = negate ? -value : value;
            }
        }
    }
}
