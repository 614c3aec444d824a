using System.CommandLine;
using System.Text.Json;
using Bulwark.Cli.Hashing;
using Bulwark.Cli.Inputs;
using Bulwark.Detection.Hashing.Exact;
using Bulwark.Detection.Hashing.Pdq;
using Bulwark.Detection.Imaging;
using Bulwark.Detection.Matching;
using Bulwark.Detection.Signals;

namespace Bulwark.Cli.Matching;

/// <summary><c>bulwark match</c>: is this a known image? One JSON object per input file.</summary>
internal static class MatchCommand
{
    public static Command Create(CommandOutput output)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Files or folders to match (folders are walked recursively, in path order).",
            Arity = ArgumentArity.OneOrMore,
        };
        var banks = new Option<FileInfo[]>("--bank", "-b")
        {
            Description = "A bank file, repeatable. Plain text: one 'hex[,label]' per line, '#' comments, 32 hex digits = MD5, 64 = PDQ; "
                + "a '.csv' file needs a header with a hash/signal column (and optional type, label). The bank is named after the file.",
            Required = true,
        };
        var bankFormat = new Option<string>("--bank-format")
        {
            Description = "How bank files are written: 'text' (hex[,label] per line), 'csv' (header with a hash/signal column; "
                + "python-threatexchange's 'dataset --csv' output reads as is), 'threatexchange' ('<signal_type> <value> [label]' per line, "
                + "as 'threatexchange dataset -P -S' prints), or 'auto' (csv for a .csv file, else text).",
            DefaultValueFactory = _ => "auto",
        };
        bankFormat.AcceptOnlyFromAmong([.. BankFiles.Formats]);
        var threshold = new Option<int>("--threshold", "-t")
        {
            Description = "Largest PDQ Hamming distance that counts as a match (Meta recommends 31).",
            DefaultValueFactory = _ => PdqIndex.DefaultMaxDistance,
        };
        threshold.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 128)
            {
                result.AddError("--threshold must be between 0 and 128.");
            }
        });
        var views = new Option<string>("--views")
        {
            Description = ViewPresets.Help,
            DefaultValueFactory = _ => "default",
        };
        views.AcceptOnlyFromAmong([.. ViewPresets.Names]);
        var imageOptions = new ImageOptions();
        var command = new Command(
            "match",
            "Match files against hash banks. Prints one JSON object per line per file:\n" +
            "  {\"path\": \"...\", \"hash\": \"<pdq>\", \"quality\": N, \"matches\": [{\"hash\": \"<bank hash>\", \"label\": \"...\", \"distance\": N, \"bank\": \"...\", \"type\": \"pdq\", \"view\": \"original\"}]}\n" +
            "PDQ entries are matched by Hamming distance with the chosen query views; MD5 and SHA-256 entries by the file's exact bytes\n" +
            "(even when the file is not a decodable image). Problems go to stderr and make the exit status 1; a bank file with\n" +
            "malformed lines is refused (exit status 2) rather than used in part.")
        {
            files,
            banks,
            bankFormat,
            threshold,
            views,
        };
        imageOptions.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var loaded = await BankFiles.LoadAsync(parseResult.GetRequiredValue(banks), parseResult.GetRequiredValue(bankFormat), output, cancellationToken).ConfigureAwait(false);
            if (loaded is null)
            {
                return 2;
            }

            using var matcher = new HashMatcher(loaded.Sum(bank => bank.Count));
            foreach (var bank in loaded)
            {
                matcher.AddBank(bank);
            }

            var run = new MatchRun(matcher, ViewPresets.Resolve(parseResult.GetRequiredValue(views)), parseResult.GetValue(threshold), imageOptions.Read(parseResult), output);
            return await run.RunAsync(parseResult.GetRequiredValue(files), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private sealed class MatchRun(HashMatcher matcher, PdqQueryViewOptions views, int threshold, ImageSettings settings, CommandOutput output)
    {
        private readonly ImageDecoder _decoder = new(settings.Decoder);
        private readonly PdqQueryHasher _queries = new(views);
        private readonly ExactHasher _exact = new();
        private readonly bool _needsExact = matcher.Banks.Any(bank => bank.Entries.Any(entry => entry.Signal.Type != SignalType.Pdq));

        public async Task<int> RunAsync(string[] paths, CancellationToken cancellationToken)
        {
            var failures = 0;
            var inputs = InputFiles.Expand(paths);
            await CliProgress.RunAsync(output, "matching", inputs.Count, (advance, progressOutput) => OrderedParallel.RunAsync(
                inputs,
                settings.Parallelism,
                MatchFileAsync,
                (input, outcome) =>
                {
                    advance();
                    if (outcome.Error is not null)
                    {
                        failures++;
                        progressOutput.ReportFileError(input.Path, outcome.Error);
                    }

                    if (outcome.Warning is not null)
                    {
                        progressOutput.ReportFileError(input.Path, outcome.Warning);
                    }

                    if (outcome.Line is not null)
                    {
                        progressOutput.Out.WriteLine(outcome.Line);
                    }
                },
                cancellationToken)).ConfigureAwait(false);
            return failures == 0 ? 0 : 1;
        }

        private async ValueTask<FileOutcome> MatchFileAsync(InputFile input, CancellationToken cancellationToken)
        {
            if (input.Problem is not null)
            {
                return new FileOutcome(null, input.Problem, null);
            }

            byte[] bytes;
            try
            {
                bytes = await FileBytes.ReadAsync(input.Path, settings.Decoder.MaxEncodedBytes, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new FileOutcome(null, e.Message, null);
            }

            var matches = new List<HashMatch>();
            if (_needsExact)
            {
                using var stream = new MemoryStream(bytes, writable: false);
                matches.AddRange(matcher.MatchExact(await _exact.HashAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false)));
            }

            string? error = null;
            string? warning = null;
            PdqQueryHash? canonical = null;
            try
            {
                IReadOnlyList<PdqQueryHash> hashes;
                using (var image = _decoder.Decode(bytes))
                {
                    hashes = _queries.Hash(image);
                }

                canonical = hashes[0];
                matches.InsertRange(0, matcher.MatchPdq(hashes, threshold));
                if (canonical.Value.Quality < PdqQuality.MatchingMinimum)
                {
                    warning = $"warning: quality {canonical.Value.Quality} is below {PdqQuality.MatchingMinimum}; PDQ matches of this image are unreliable";
                }
            }
            catch (ImageDecodeException e)
            {
                error = e.Message;
            }

            return new FileOutcome(MatchJson.Line(input.Path, canonical, matches), error, warning);
        }
    }

    /// <summary>One file's JSON line, and what to say about it on stderr (written in input order, with the line).</summary>
    private sealed record FileOutcome(string? Line, string? Error, string? Warning);
}
