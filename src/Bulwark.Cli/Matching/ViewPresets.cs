using Bulwark.Detection.Hashing.Pdq;

namespace Bulwark.Cli.Matching;

/// <summary>Named sets of query views for the command line.</summary>
internal static class ViewPresets
{
    public const string Help =
        "Query views to try: 'canonical' (the image as given, as Meta's reference matcher does), " +
        "'fast' (plus 8 orientations predicted from one DCT, border trim and six centre crops from 95% to 70%: ~8 hashes' work), " +
        "'default' (the same, with the image's and the trimmed view's orientations re-hashed from turned pixels: ~22 hashes' work). " +
        "See docs/evaluation.md for what each finds and costs.";

    public static IReadOnlyList<string> Names { get; } = ["canonical", "fast", "default"];

    public static PdqQueryViewOptions Resolve(string name) => name switch
    {
        "canonical" => PdqQueryViewOptions.CanonicalOnly,
        "fast" => new PdqQueryViewOptions { Orientations = PdqOrientationSearch.FromDct },
        _ => PdqQueryViewOptions.Default,
    };
}
