using Bulwark.Detection.Imaging;

namespace Bulwark.Cli.Hashing;

/// <summary>Decoding and scheduling choices read from the command line.</summary>
internal sealed record ImageSettings(ImageDecoderOptions Decoder, int Parallelism);
