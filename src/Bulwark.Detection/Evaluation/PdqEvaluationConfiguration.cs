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
        new("+centre crops (default)", PdqQueryViewOptions.Default),
        new("default, dct orientations", new PdqQueryViewOptions { Orientations = PdqOrientationSearch.FromDct }),
    ];
}
