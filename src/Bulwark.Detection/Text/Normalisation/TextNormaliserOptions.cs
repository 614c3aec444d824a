namespace Bulwark.Detection.Text.Normalisation;

/// <summary>Limits and choices for <see cref="TextNormaliser"/>.</summary>
public sealed class TextNormaliserOptions
{
    /// <summary>Default cap on input length: one million UTF-16 code units.</summary>
    public const int DefaultMaxInputChars = 1_000_000;

    /// <summary>
    /// Inputs longer than this are cut to this many code units (one fewer when the cut would split a surrogate pair)
    /// and <see cref="NormalisedText.WasTruncated"/> is set; the normaliser never throws on length.
    /// </summary>
    public int MaxInputChars { get; init; } = DefaultMaxInputChars;

    /// <summary>Decode base64, base64url and hex runs and expose them as <see cref="NormalisedText.DecodedSegments"/>.</summary>
    public bool DecodeEncodedBlobs { get; init; } = true;

    /// <summary>
    /// The shortest run of encoded characters, '=' padding included, that is tried. 16 characters are about 11 bytes
    /// of base64 or 8 of hex: short enough for a hidden phrase ("hello world" in base64 is 16 characters), long enough
    /// that ordinary words and numbers rarely qualify.
    /// </summary>
    public int MinEncodedBlobChars { get; init; } = 16;

    /// <summary>How many times decoded text is itself searched for encoded runs (base64 inside base64 counts 2).</summary>
    public int MaxDecodeDepth { get; init; } = 2;

    /// <summary>The most decoded segments kept per text, so a text made of blobs cannot multiply the work.</summary>
    public int MaxDecodedSegments { get; init; } = 32;

    public static TextNormaliserOptions Default { get; } = new();

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxInputChars);
        ArgumentOutOfRangeException.ThrowIfLessThan(MinEncodedBlobChars, 4);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxDecodeDepth);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxDecodedSegments);
    }
}
