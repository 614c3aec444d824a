namespace Bulwark.Detection.Imaging;

/// <summary>How decoded pixels are laid out in memory.</summary>
public enum PixelLayout
{
    /// <summary>One byte per pixel: grey level. Decoded from greyscale sources so luma is taken as-is, as the reference does.</summary>
    Gray8,

    /// <summary>Four bytes per pixel: R, G, B, unpremultiplied alpha (alpha is ignored for hashing, as the reference does).</summary>
    Rgba32,
}
