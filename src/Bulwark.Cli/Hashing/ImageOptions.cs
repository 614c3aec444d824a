using System.CommandLine;
using Bulwark.Detection.Imaging;

namespace Bulwark.Cli.Hashing;

/// <summary>The decoding options shared by every command that reads images.</summary>
internal sealed class ImageOptions
{
    private readonly Option<bool> _fast = new("--fast")
    {
        Description = "Decode large JPEGs at reduced size (libjpeg-turbo DCT scaling, no side below 512). Several times faster; hashes may differ from exact mode by a few bits.",
    };

    private readonly Option<bool> _exif = new("--exif")
    {
        Description = "Apply the EXIF Orientation tag before hashing. Off by default, as in Meta's reference, so hashes agree with shared lists.",
    };

    private readonly Option<long> _maxPixels = new("--max-pixels")
    {
        Description = "Refuse images that declare more than this many pixels (width x height), before decoding: a decompression-bomb guard.",
        DefaultValueFactory = _ => ImageDecoderOptions.DefaultMaxPixels,
    };

    private readonly Option<int> _parallel = new("--parallel", "-j")
    {
        Description = "How many files to work on at once. Output order is always the input order.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_fast);
        command.Options.Add(_exif);
        command.Options.Add(_maxPixels);
        command.Options.Add(_parallel);
        _maxPixels.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long>() <= 0)
            {
                result.AddError("--max-pixels must be positive.");
            }
        });
        _parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError("--parallel must be positive.");
            }
        });
    }

    public ImageSettings Read(ParseResult parseResult) => new(
        new ImageDecoderOptions
        {
            ReducedSizeDecode = parseResult.GetValue(_fast),
            ApplyExifOrientation = parseResult.GetValue(_exif),
            MaxPixels = parseResult.GetValue(_maxPixels),
        },
        parseResult.GetValue(_parallel));
}
