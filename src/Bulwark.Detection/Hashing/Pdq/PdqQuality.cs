namespace Bulwark.Detection.Hashing.Pdq;

/// <summary>Quality thresholds used with PDQ.</summary>
public static class PdqQuality
{
    /// <summary>
    /// Below this quality the reference's authors advise not to match: the image is too flat for its hash
    /// to distinguish it from other flat images.
    /// </summary>
    public const int MatchingMinimum = 50;
}
