namespace Bulwark.Detection.Hashing.Pdq;

/// <summary>
/// Rotates or mirrors a row-major float luma buffer in the sense of <see cref="Dihedral"/> (rotations
/// counter-clockwise, FlipX upside down, FlipY left-right, FlipPlus1 the transpose), so a query can be
/// turned back exactly instead of predicting the turned hash from the DCT.
/// </summary>
internal static class LumaOrientation
{
    /// <summary>The size of the result: quarter turns and diagonal mirrors swap the sides.</summary>
    public static (int Rows, int Cols) Size(Dihedral orientation, int rows, int cols) =>
        SwapsSides(orientation) ? (cols, rows) : (rows, cols);

    public static void Apply(Dihedral orientation, ReadOnlySpan<float> source, int rows, int cols, Span<float> destination)
    {
        var (outRows, outCols) = Size(orientation, rows, cols);
        for (var r = 0; r < outRows; r++)
        {
            var target = destination.Slice(r * outCols, outCols);
            for (var c = 0; c < outCols; c++)
            {
                var (sourceRow, sourceCol) = orientation switch
                {
                    Dihedral.Original => (r, c),
                    Dihedral.Rotate90 => (c, cols - 1 - r),
                    Dihedral.Rotate180 => (rows - 1 - r, cols - 1 - c),
                    Dihedral.Rotate270 => (rows - 1 - c, r),
                    Dihedral.FlipX => (rows - 1 - r, c),
                    Dihedral.FlipY => (r, cols - 1 - c),
                    Dihedral.FlipPlus1 => (c, r),
                    Dihedral.FlipMinus1 => (rows - 1 - c, cols - 1 - r),
                    _ => throw new ArgumentOutOfRangeException(nameof(orientation)),
                };
                target[c] = source[(sourceRow * cols) + sourceCol];
            }
        }
    }

    private static bool SwapsSides(Dihedral orientation) =>
        orientation is Dihedral.Rotate90 or Dihedral.Rotate270 or Dihedral.FlipPlus1 or Dihedral.FlipMinus1;
}
