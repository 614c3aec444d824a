using Bulwark.Detection.Hashing.Pdq;

namespace Bulwark.Detection.Evaluation;

/// <summary>A named choice of query views to measure; <paramref name="Id"/> is the short name used on the command line.</summary>
public sealed record PdqEvaluationConfiguration(string Id, string Name, PdqQueryViewOptions Views)
{
    /// <summary>From the reference matcher's behaviour up to Bulwark's default, each adding one kind of view.</summary>
    public static IReadOnlyList<PdqEvaluationConfiguration> Standard { get; } =
    [
        new("canonical", "canonical", PdqQueryViewOptions.CanonicalOnly),
        new("dct", "+orientations (dct)", new PdqQueryViewOptions { Orientations = PdqOrientationSearch.FromDct, TrimUniformBorder = false, CentreCropFractions = [] }),
        new("rehash", "+orientations (rehash)", new PdqQueryViewOptions { Orientations = PdqOrientationSearch.Rehash, TrimUniformBorder = false, CentreCropFractions = [] }),
        new("trim", "+border trim", new PdqQueryViewOptions { Orientations = PdqOrientationSearch.Rehash, CentreCropFractions = [] }),
        new("crops2", "+2 centre crops (0.9, 0.8)", new PdqQueryViewOptions { CentreCropFractions = [0.9, 0.8] }),
        new("default", "+6 centre crops (default)", PdqQueryViewOptions.Default),
        new("crops-rehash", "+6 centre crops, rehashed", new PdqQueryViewOptions { CropOrientations = PdqOrientationSearch.Rehash }),
        new("fast", "fast: all dct orientations", new PdqQueryViewOptions { Orientations = PdqOrientationSearch.FromDct }),
    ];
}
