using Bulwark.Detection.Hashing.Pdq;
using Bulwark.Detection.Imaging;
using Bulwark.Detection.Matching;

namespace Bulwark.Detection.Screening;

/// <summary>Settings of a <see cref="HashMatchDetector"/>.</summary>
public sealed class HashMatchDetectorOptions
{
    /// <summary>The detector's name in verdicts and timeouts.</summary>
    public string Name { get; init; } = "hash-match";

    /// <summary>
    /// Relative cost. Hashing an image with the default query views takes milliseconds, far more than a text
    /// classifier, so the default (1000) runs it after cheap detectors.
    /// </summary>
    public double Cost { get; init; } = 1000;

    /// <summary>Largest PDQ Hamming distance that counts as a match (31, Meta's recommendation).</summary>
    public int MaxDistance { get; init; } = PdqIndex.DefaultMaxDistance;

    /// <summary>Only match these banks; null for all the matcher holds.</summary>
    public IReadOnlyCollection<string>? Banks { get; init; }

    /// <summary>Which views of the query image to hash (rotations, mirrors, border trim, crops).</summary>
    public PdqQueryViewOptions QueryViews { get; init; } = PdqQueryViewOptions.Default;

    /// <summary>Limits for decoding untrusted images.</summary>
    public ImageDecoderOptions Decoder { get; init; } = ImageDecoderOptions.Default;

    public static HashMatchDetectorOptions Default { get; } = new();

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Name, nameof(Name));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxDistance, nameof(MaxDistance));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxDistance, 256, nameof(MaxDistance));
        ArgumentNullException.ThrowIfNull(QueryViews, nameof(QueryViews));
        ArgumentNullException.ThrowIfNull(Decoder, nameof(Decoder));
        if (Cost is not > 0 || double.IsInfinity(Cost))
        {
            throw new ArgumentOutOfRangeException(nameof(Cost), Cost, "A detector's cost must be a positive number.");
        }
    }
}
