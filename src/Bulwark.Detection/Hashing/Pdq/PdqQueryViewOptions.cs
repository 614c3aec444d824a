namespace Bulwark.Detection.Hashing.Pdq;

/// <summary>
/// Which derived views of a query image to hash in addition to the canonical one. Banks always hold the
/// canonical hash; robustness to borders, crops, rotations and mirrors comes from trying more views of the
/// query, each costing one more hash (dihedral variants are nearly free: they come from the same DCT).
/// </summary>
public sealed class PdqQueryViewOptions
{
    /// <summary>
    /// How the image as given, and its border-trimmed view, also look for rotated and mirrored copies; see
    /// <see cref="PdqOrientationSearch"/> for the costs. Re-hashing by default: exact rotations and mirrors then
    /// match at (nearly) distance zero even on small, finely textured images where the DCT prediction drifts.
    /// </summary>
    public PdqOrientationSearch Orientations { get; init; } = PdqOrientationSearch.Rehash;

    /// <summary>
    /// How centre-crop views look for rotated and mirrored copies. Predicted from the DCT by default: eight
    /// orientations for the price of one hash, which keeps a dense set of crops affordable.
    /// </summary>
    public PdqOrientationSearch CropOrientations { get; init; } = PdqOrientationSearch.FromDct;

    /// <summary>Also hash the image with any uniform border (letterbox, pillarbox, frame) trimmed off.</summary>
    public bool TrimUniformBorder { get; init; } = true;

    /// <summary>
    /// Also hash centred crops keeping these fractions of each side (e.g. 0.8 keeps the middle 80% of the width
    /// and of the height), for a picture pasted into a larger one. PDQ tolerates only about 1.5% of crop per side,
    /// so fractions must be dense to cover a range; each is one more hash per query.
    /// </summary>
    public IReadOnlyList<double> CentreCropFractions { get; init; } = [0.95, 0.9, 0.85, 0.8, 0.75, 0.7];

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
    public static PdqQueryViewOptions CanonicalOnly { get; } = new() { Orientations = PdqOrientationSearch.None, CropOrientations = PdqOrientationSearch.None, TrimUniformBorder = false, CentreCropFractions = [] };

    /// <summary>
    /// The default: the image and its border-trimmed view in eight re-hashed orientations, and centred crops from 95%
    /// to 70% in eight predicted orientations each (about 22 hashes' work).
    /// </summary>
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
