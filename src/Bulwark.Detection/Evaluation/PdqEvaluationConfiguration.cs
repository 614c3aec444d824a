using Bulwark.Detection.Hashing.Pdq;

namespace Bulwark.Detection.Evaluation;

/// <summary>A named choice of query views to measure.</summary>
public sealed record PdqEvaluationConfiguration(string Name, PdqQueryViewOptions Views)
{
    /// <summary>From the reference matcher's behaviour up to Bulwark's default, each adding one kind of view.</summary>
    public static IReadOnlyList<PdqEvaluationConfiguration> Standard { get; } =
    [
        new("canonical", PdqQueryViewOptions.CanonicalOnly),
        new("+orientations (dct)", new PdqQueryViewOptions { Orientations = PdqOrientationSearch.FromDct, TrimUniformBorder = false, CentreCropFractions = [] }),
        new("+orientations (rehash)", new PdqQueryViewOptions { Orientations = PdqOrientationSearch.Rehash, TrimUniformBorder = false, CentreCropFractions = [] }),
        new("+border trim", new PdqQueryViewOptions { Orientations = PdqOrientationSearch.Rehash, CentreCropFractions = [] }),
        new("+2 centre crops (0.9, 0.8)", new PdqQueryViewOptions { CentreCropFractions = [0.9, 0.8] }),
        new("+6 centre crops (default)", PdqQueryViewOptions.Default),
        new("+6 centre crops, rehashed", new PdqQueryViewOptions { CropOrientations = PdqOrientationSearch.Rehash }),
        new("fast: all dct orientations", new PdqQueryViewOptions { Orientations = PdqOrientationSearch.FromDct }),
    ];
}
