namespace Bulwark.Detection.Hashing.Pdq;

/// <summary>
/// The eight symmetries of a rectangle, in the reference's <c>--pdqdih</c> output order. A hash computed
/// "for" a symmetry is the hash the transformed image would have, derived from the original's DCT.
/// Rotations are counter-clockwise, as in the reference (so EXIF orientation 6, a clockwise quarter turn,
/// corresponds to <see cref="Rotate270"/>). FlipX and FlipY are the reference's two axis mirrors, FlipPlus1 and
/// FlipMinus1 its two diagonal mirrors (transpose and anti-transpose).
/// </summary>
public enum Dihedral
{
    Original = 0,
    Rotate90 = 1,
    Rotate180 = 2,
    Rotate270 = 3,
    FlipX = 4,
    FlipY = 5,
    FlipPlus1 = 6,
    FlipMinus1 = 7,
}
