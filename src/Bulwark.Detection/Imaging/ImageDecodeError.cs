namespace Bulwark.Detection.Imaging;

/// <summary>Why an image could not be decoded.</summary>
public enum ImageDecodeError
{
    /// <summary>Not an image format the decoder knows (or not an image at all).</summary>
    UnsupportedFormat,

    /// <summary>A known format, but the data is damaged or ends early.</summary>
    Corrupt,

    /// <summary>The declared pixel count exceeds <see cref="ImageDecoderOptions.MaxPixels"/>.</summary>
    TooManyPixels,

    /// <summary>The encoded input exceeds <see cref="ImageDecoderOptions.MaxEncodedBytes"/>.</summary>
    TooLarge,

    /// <summary>The input is empty.</summary>
    Empty,
}
