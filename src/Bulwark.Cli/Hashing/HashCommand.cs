using System.CommandLine;
using Bulwark.Cli.Inputs;
using Bulwark.Detection.Hashing;
using Bulwark.Detection.Hashing.Exact;
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
        var md5 = new Option<bool>("--md5")
        {
            Description = "Add a column with the MD5 of the file's bytes, before the path: pdqhex,quality,md5,path.",
        };
        var sha256 = new Option<bool>("--sha256")
        {
            Description = "Add a column with the SHA-256 of the file's bytes, before the path (after the MD5 if both are asked for).",
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
            md5,
            sha256,
        };
        options.AddTo(command);
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult.GetRequiredValue(files), new Columns(parseResult.GetValue(dihedral), parseResult.GetValue(md5), parseResult.GetValue(sha256)), options.Read(parseResult), output, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, Columns columns, ImageSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        var inputs = InputFiles.Expand(paths);
        var decoder = new ImageDecoder(settings.Decoder);
        var hasher = new PdqHasher();
        var exact = new ExactHasher();
        var algorithms = (columns.Md5 ? ExactHashAlgorithms.Md5 : 0) | (columns.Sha256 ? ExactHashAlgorithms.Sha256 : 0);
        var failures = 0;
        await CliProgress.RunAsync(output, "hashing", inputs.Count, (advance, progressOutput) => OrderedParallel.RunAsync(
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
                    var bytes = await FileBytes.ReadAsync(input.Path, settings.Decoder.MaxEncodedBytes, token).ConfigureAwait(false);
                    using var image = decoder.Decode(bytes);
                    ExactDigests? digests = null;
                    if (algorithms != 0)
                    {
                        using var stream = new MemoryStream(bytes, writable: false);
                        digests = await exact.HashAsync(stream, algorithms, token).ConfigureAwait(false);
                    }

                    if (columns.Dihedral)
                    {
                        var all = hasher.HashDihedral(image);
                        return FileOutcome.Hashed(all.Hashes, all.Quality, digests);
                    }

                    var canonical = hasher.Hash(image);
                    return FileOutcome.Hashed([canonical.Hash], canonical.Quality, digests);
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
                advance();
                if (outcome.Error is not null)
                {
                    failures++;
                    progressOutput.ReportFileError(input.Path, outcome.Error);
                    return;
                }

                var digests = (columns.Md5 ? "," + outcome.Digests!.Md5 : string.Empty) + (columns.Sha256 ? "," + outcome.Digests!.Sha256 : string.Empty);
                foreach (var hash in outcome.Hashes)
                {
                    progressOutput.Out.WriteLine($"{hash},{outcome.Quality}{digests},{input.Path}");
                }

                if (outcome.Quality < PdqQuality.MatchingMinimum)
                {
                    progressOutput.ReportFileError(input.Path, $"warning: quality {outcome.Quality} is below {PdqQuality.MatchingMinimum}; the hash is too featureless to match reliably");
                }
            },
            cancellationToken)).ConfigureAwait(false);
        return failures == 0 ? 0 : 1;
    }

    private sealed record Columns(bool Dihedral, bool Md5, bool Sha256);

    /// <summary>One file's hashes (one, or eight with --dihedral) and digests, or why it could not be hashed.</summary>
    private sealed record FileOutcome(IReadOnlyList<PdqHash> Hashes, int Quality, ExactDigests? Digests, string? Error)
    {
        public static FileOutcome Hashed(IReadOnlyList<PdqHash> hashes, int quality, ExactDigests? digests) => new(hashes, quality, digests, null);

        public static FileOutcome Failed(string error) => new([], 0, null, error);
    }
}
