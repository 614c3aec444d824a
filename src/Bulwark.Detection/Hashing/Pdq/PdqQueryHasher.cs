using Bulwark.Detection.Imaging;

namespace Bulwark.Detection.Hashing.Pdq;

/// <summary>
/// Produces the hashes to look up for one query image: the canonical hash first, then (as configured) its
/// rotations and mirrors, the border-trimmed image and centred crops, each with its own orientations.
/// </summary>
public sealed class PdqQueryHasher
{
    private readonly PdqHasher _hasher;
    private readonly PdqQueryViewOptions _options;

    public PdqQueryHasher(PdqQueryViewOptions options)
        : this(new PdqHasher(), options)
    {
    }

    public PdqQueryHasher(PdqHasher hasher, PdqQueryViewOptions options)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _hasher = hasher;
        _options = options;
    }

    public PdqQueryViewOptions Options => _options;

    /// <summary>All query hashes for the image; the first is always the canonical hash.</summary>
    public IReadOnlyList<PdqQueryHash> Hash(DecodedImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var hashes = new List<PdqQueryHash>();
        AddView(hashes, image, PdqQueryHash.OriginalView, image.Bounds, _options.Orientations, isDerived: false);

        if (_options.TrimUniformBorder
            && UniformBorder.FindContent(image, _options.BorderTolerance, _options.MinimumBorderFraction) is { } content)
        {
            AddView(hashes, image, "trimmed", content, _options.Orientations, isDerived: true);
        }

        foreach (var fraction in _options.CentreCropFractions)
        {
            var width = Math.Max(1, (int)Math.Round(image.Width * fraction));
            var height = Math.Max(1, (int)Math.Round(image.Height * fraction));
            var region = new PixelRegion((image.Width - width) / 2, (image.Height - height) / 2, width, height);
            AddView(hashes, image, $"crop{Math.Round(fraction * 100)}", region, _options.CropOrientations, isDerived: true);
        }

        return hashes;
    }

    private void AddView(List<PdqQueryHash> hashes, DecodedImage image, string view, PixelRegion region, PdqOrientationSearch orientations, bool isDerived)
    {
        switch (orientations)
        {
            case PdqOrientationSearch.FromDct:
                var dihedral = _hasher.HashDihedral(image, region);
                if (!isDerived || dihedral.Quality >= _options.MinimumDerivedQuality)
                {
                    for (var orientation = Dihedral.Original; orientation <= Dihedral.FlipMinus1; orientation++)
                    {
                        hashes.Add(new PdqQueryHash(view, orientation, dihedral[orientation], dihedral.Quality));
                    }
                }

                break;
            case PdqOrientationSearch.Rehash:
                var turned = _hasher.HashEachOrientation(image, region);
                if (!isDerived || turned[0].Quality >= _options.MinimumDerivedQuality)
                {
                    for (var orientation = Dihedral.Original; orientation <= Dihedral.FlipMinus1; orientation++)
                    {
                        var result = turned[(int)orientation];
                        hashes.Add(new PdqQueryHash(view, orientation, result.Hash, result.Quality));
                    }
                }

                break;
            default:
                var upright = _hasher.Hash(image, region);
                if (!isDerived || upright.Quality >= _options.MinimumDerivedQuality)
                {
                    hashes.Add(new PdqQueryHash(view, Dihedral.Original, upright.Hash, upright.Quality));
                }

                break;
        }
    }
}
