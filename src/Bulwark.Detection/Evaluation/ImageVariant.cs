using Bulwark.Detection.Imaging;

namespace Bulwark.Detection.Evaluation;

/// <summary>A named edit that re-uploads commonly apply to an image (a border, a crop, a rotation, recompression).</summary>
public sealed record ImageVariant(string Name, Func<DecodedImage, DecodedImage> Apply);
