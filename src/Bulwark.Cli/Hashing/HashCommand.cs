using System.CommandLine;
using Bulwark.Cli.Inputs;
using Bulwark.Detection.Hashing.Pdq;
using Bulwark.Detection.Imaging;

namespace Bulwark.Cli.Hashing;

/// <summary><c>bulwark hash</c>: PDQ hashes in the C++ reference's <c>hash,quality,path</c> form.</summary>
internal static class HashCommand
{
    public static Command Create(CommandOutput output)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Image files or folders (folders are walked recursively, in path order).",
            Arity = ArgumentArity.OneOrMore,
        };
        var dihedral = new Option<bool>("--dihedral")
        {
            Description = "Print 8 lines per image, one per orientation, in the reference's --pdqdih order: original, rotate90, rotate180, rotate270, flipX, flipY, flipPlus1, flipMinus1.",
        };
        var options = new ImageOptions();
        var command = new Command(
            "hash",
            "Compute PDQ hashes. Prints one line per file: pdqhex,quality,path (the format of Meta's pdq-photo-hasher, so the two can be diffed).\n" +
            "Quality runs 0-100; below 50 the image is too flat to match reliably, and a warning says so on stderr.\n" +
            "Unreadable, corrupt or oversized images are reported on stderr; the rest are still hashed, and the exit status is 1.")
        {
            files,
            dihedral,
        };
        options.AddTo(command);
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult.GetRequiredValue(files), parseResult.GetValue(dihedral), options.Read(parseResult), output, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, bool dihedral, ImageSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        var inputs = InputFiles.Expand(paths);
        var decoder = new ImageDecoder(settings.Decoder);
        var hasher = new PdqHasher();
        var failures = 0;
        await OrderedParallel.RunAsync(
            inputs,
            settings.Parallelism,
            async (input, token) =>
            {
                if (input.Problem is not null)
                {
                    return FileOutcome.Failed(input.Problem);
                }

                try
                {
                    var image = await decoder.DecodeFileAsync(input.Path, token).ConfigureAwait(false);
                    return FileOutcome.Hashed(hasher.HashDihedral(image));
                }
                catch (ImageDecodeException e)
                {
                    return FileOutcome.Failed(e.Message);
                }
                catch (IOException e)
                {
                    return FileOutcome.Failed(e.Message);
                }
                catch (UnauthorizedAccessException e)
                {
                    return FileOutcome.Failed(e.Message);
                }
            },
            (input, outcome) =>
            {
                if (outcome.Error is not null)
                {
                    failures++;
                    output.ReportFileError(input.Path, outcome.Error);
                    return;
                }

                var result = outcome.Result!;
                var hashes = dihedral ? result.Hashes : [result.Hashes[0]];
                foreach (var hash in hashes)
                {
                    output.Out.WriteLine($"{hash},{result.Quality},{input.Path}");
                }

                if (result.Quality < PdqQuality.MatchingMinimum)
                {
                    output.ReportFileError(input.Path, $"warning: quality {result.Quality} is below {PdqQuality.MatchingMinimum}; the hash is too featureless to match reliably");
                }
            },
            cancellationToken).ConfigureAwait(false);
        return failures == 0 ? 0 : 1;
    }

    private sealed record FileOutcome(PdqDihedralResult? Result, string? Error)
    {
        public static FileOutcome Hashed(PdqDihedralResult result) => new(result, null);

        public static FileOutcome Failed(string error) => new(null, error);
    }
}
