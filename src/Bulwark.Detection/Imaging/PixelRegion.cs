namespace Bulwark.Detection.Imaging;

/// <summary>A rectangle of an image in pixels, used to hash a crop without copying it.</summary>
public readonly record struct PixelRegion(int X, int Y, int Width, int Height)
{
    /// <summary>Number of pixels covered.</summary>
    public long Area => (long)Width * Height;

    /// <summary>Whether the region lies inside an image of the given size and is not empty.</summary>
    public bool FitsWithin(int imageWidth, int imageHeight) =>
        X >= 0 && Y >= 0 && Width > 0 && Height > 0 && X + Width <= imageWidth && Y + Height <= imageHeight;
}
