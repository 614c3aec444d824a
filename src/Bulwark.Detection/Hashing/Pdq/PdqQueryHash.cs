namespace Bulwark.Detection.Hashing.Pdq;

/// <summary>One hash to look up for a query image: which view and orientation it came from, and its quality.</summary>
public readonly record struct PdqQueryHash(string View, Dihedral Orientation, PdqHash Hash, int Quality)
{
    /// <summary>The canonical view's name: the image as given.</summary>
    public const string OriginalView = "original";

    /// <summary>Whether this is the image's canonical hash (as given, not rotated or mirrored).</summary>
    public bool IsCanonical => View == OriginalView && Orientation == Dihedral.Original;

    /// <summary>A short description, e.g. "original", "trimmed/Rotate90", "crop80".</summary>
    public string Describe() => Orientation == Dihedral.Original ? View : $"{View}/{Orientation}";
}
