namespace Bulwark.Detection.Hashing.Pdq;

/// <summary>
/// Which derived views of a query image to hash in addition to the canonical one. Banks always hold the
/// canonical hash; robustness to borders, crops, rotations and mirrors comes from trying more views of the
/// query, each costing one more hash (dihedral variants are nearly free: they come from the same DCT).
/// </summary>
public sealed class PdqQueryViewOptions
{
    /// <summary>How each view also looks for rotated and mirrored copies; see <see cref="PdqOrientationSearch"/> for the costs.</summary>
    public PdqOrientationSearch Orientations { get; init; } = PdqOrientationSearch.Rehash;

    /// <summary>Also hash the image with any uniform border (letterbox, pillarbox, frame) trimmed off.</summary>
    public bool TrimUniformBorder { get; init; } = true;

    /// <summary>
    /// Also hash centred crops keeping these fractions of each side (e.g. 0.8 keeps the middle 80% of the width
    /// and of the height). Each fraction is one more hash per query.
    /// </summary>
    public IReadOnlyList<double> CentreCropFractions { get; init; } = [0.9, 0.8];

    /// <summary>How far (in grey levels, 0-255) a pixel may stray from the border colour and still count as border.</summary>
    public int BorderTolerance { get; init; } = 12;

    /// <summary>A border is trimmed only when it is at least this fraction of the side it lies on.</summary>
    public double MinimumBorderFraction { get; init; } = 0.02;

    /// <summary>
    /// Derived views whose quality is below this are not used: a crop of a flat region is featureless and would
    /// match other featureless images. The canonical view is always used (its quality is reported to the caller).
    /// </summary>
    public int MinimumDerivedQuality { get; init; } = PdqQuality.MatchingMinimum;

    /// <summary>Only the canonical hash: what a reference matcher does.</summary>
    public static PdqQueryViewOptions CanonicalOnly { get; } = new() { Orientations = PdqOrientationSearch.None, TrimUniformBorder = false, CentreCropFractions = [] };

    /// <summary>The default: re-hashed orientations, border trim, and 90% and 80% centre crops.</summary>
    public static PdqQueryViewOptions Default { get; } = new();

    internal void Validate()
    {
        foreach (var fraction in CentreCropFractions)
        {
            if (fraction is <= 0.1 or >= 1.0 || double.IsNaN(fraction))
            {
                throw new ArgumentOutOfRangeException(nameof(CentreCropFractions), fraction, "A centre crop keeps a fraction of each side between 0.1 and 1 (exclusive).");
            }
        }

        ArgumentOutOfRangeException.ThrowIfNegative(BorderTolerance);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(BorderTolerance, 255);
        if (MinimumBorderFraction is < 0 or >= 0.5 || double.IsNaN(MinimumBorderFraction))
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumBorderFraction), MinimumBorderFraction, "Must be in [0, 0.5).");
        }
    }
}
