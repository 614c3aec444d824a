using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bulwark.Cli.Inputs;
using Bulwark.Detection.Evaluation;
using Bulwark.Detection.Imaging;
using Spectre.Console;

namespace Bulwark.Cli.Evaluation;

/// <summary><c>bulwark eval pdq</c>: how well PDQ matching with each set of query views finds edited copies.</summary>
internal static class EvalPdqCommand
{
    public static Command Create(CommandOutput output)
    {
        var images = new Argument<string[]>("IMAGES")
        {
            Description = "Benign image files or folders to build the bank and queries from (half go in the bank, alternately by path).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var synthetic = new Option<int?>("--synthetic")
        {
            Description = "Add this many generated abstract pictures (deterministic). Default: 100 when no IMAGES are given, else 0.",
        };
        var threshold = new Option<int>("--threshold")
        {
            Description = "Hamming distance at or below which two PDQ hashes match.",
            DefaultValueFactory = _ => 31,
        };
        var configurations = new Option<string[]>("--views")
        {
            Description = "Which configurations of query views to measure (comma-separated): "
                + string.Join(", ", PdqEvaluationConfiguration.Standard.Select(configuration => $"{configuration.Id} ({configuration.Name})"))
                + ". Default: all.",
            CustomParser = result => result.Tokens.SelectMany(token => token.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray(),
        };
        configurations.Validators.Add(result =>
        {
            var unknown = result.GetValueOrDefault<string[]>()?.Where(id => PdqEvaluationConfiguration.Standard.All(configuration => configuration.Id != id)).ToList() ?? [];
            if (unknown.Count > 0)
            {
                result.AddError($"Unknown --views {string.Join(", ", unknown)}; choose from {string.Join(", ", PdqEvaluationConfiguration.Standard.Select(configuration => configuration.Id))}.");
            }
        });
        var json = new Option<FileInfo?>("--json") { Description = "Also write the full report as JSON to this file." };
        var html = new Option<FileInfo?>("--html") { Description = "Also write an HTML report with charts to this file." };
        var command = new Command(
            "pdq",
            "Evaluate PDQ matching with query-side views. Every image is edited " + ImageVariants.All.Count + " ways (recompression, resize, borders, letterbox,\n" +
            "embedding in a larger picture, rotations, mirrors, crops); edits of bank images must match their original, edits of the\n" +
            "other images must match nothing. Prints recall, precision, false-positive rate and cost for each configuration of views.")
        {
            images,
            synthetic,
            threshold,
            configurations,
            json,
            html,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var paths = parseResult.GetValue(images) ?? [];
            var syntheticCount = parseResult.GetValue(synthetic) ?? (paths.Length == 0 ? 100 : 0);
            if (syntheticCount < 0)
            {
                output.Error.WriteLine("bulwark: --synthetic must not be negative.");
                return 1;
            }

            var set = await LoadAsync(paths, syntheticCount, output, cancellationToken).ConfigureAwait(false);
            if (set is null)
            {
                return 1;
            }

            var chosen = parseResult.GetValue(configurations) is { Length: > 0 } ids
                ? PdqEvaluationConfiguration.Standard.Where(configuration => ids.Contains(configuration.Id)).ToList()
                : PdqEvaluationConfiguration.Standard;
            var report = Evaluate(set, parseResult.GetValue(threshold), chosen, output, cancellationToken);
            WriteTable(report, output);
            if (parseResult.GetValue(json) is { } jsonFile)
            {
                await using var stream = jsonFile.Create();
                await JsonSerializer.SerializeAsync(stream, report, EvaluationJson.Default.PdqEvaluationReport, cancellationToken).ConfigureAwait(false);
            }

            if (parseResult.GetValue(html) is { } htmlFile)
            {
                await File.WriteAllTextAsync(htmlFile.FullName, PdqEvaluationHtml.Render(report), cancellationToken).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    private static async Task<List<EvaluationImage>?> LoadAsync(string[] paths, int syntheticCount, CommandOutput output, CancellationToken cancellationToken)
    {
        var set = new List<EvaluationImage>();
        var decoder = new ImageDecoder();
        var failed = false;
        foreach (var input in InputFiles.Expand(paths))
        {
            if (input.Problem is not null)
            {
                output.ReportFileError(input.Path, input.Problem);
                failed = true;
                continue;
            }

            try
            {
                set.Add(new EvaluationImage(input.Path, await decoder.DecodeFileAsync(input.Path, cancellationToken).ConfigureAwait(false)));
            }
            catch (ImageDecodeException e)
            {
                output.ReportFileError(input.Path, e.Message + " (skipped)");
            }
        }

        for (var seed = 0; seed < syntheticCount; seed++)
        {
            set.Add(new EvaluationImage($"synthetic-{seed:D4}", SyntheticImages.Generate(seed)));
        }

        if (failed || set.Count < 2)
        {
            output.Error.WriteLine("bulwark: eval pdq needs at least two readable images (give IMAGES or --synthetic N).");
            return null;
        }

        return set;
    }

    private static PdqEvaluationReport Evaluate(List<EvaluationImage> set, int threshold, IReadOnlyList<PdqEvaluationConfiguration> configurations, CommandOutput output, CancellationToken cancellationToken)
    {
        var evaluation = new PdqMatchEvaluation(threshold);
        if (!output.ErrorIsInteractive)
        {
            return evaluation.Run(set, configurations, null, cancellationToken);
        }

        PdqEvaluationReport? report = null;
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
            .Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("evaluating images", maxValue: set.Count);
                report = evaluation.Run(set, configurations, new Progress<int>(done => task.Value = done), cancellationToken);
                task.Value = set.Count;
            });
        return report!;
    }

    private static void WriteTable(PdqEvaluationReport report, CommandOutput output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output.Out), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });

        // Wide enough that the Markdown tables never wrap, so the output can be pasted into docs as-is.
        console.Profile.Width = 240;
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"PDQ matching at distance <= {report.Threshold}: {report.BankImages} bank images, {report.NegativeImages} other images, {report.SkippedLowQualityImages} skipped for quality < 50; {report.RecoverableVariants.Count + report.LossyVariants.Count} edits each."));
        var table = new Table().Border(TableBorder.Markdown);
        foreach (var column in new[] { "views", "hashes/query", "ms/query", "recall", "recall (lossy edits)", "precision", "false-positive rate", "FP" })
        {
            table.AddColumn(column);
        }

        foreach (var result in report.Results)
        {
            table.AddRow(
                result.Configuration,
                result.HashesPerQuery.ToString("F1", CultureInfo.InvariantCulture),
                result.MillisecondsPerQuery.ToString("F2", CultureInfo.InvariantCulture),
                result.Recall.ToString("P1", CultureInfo.InvariantCulture),
                result.LossyRecall.ToString("P1", CultureInfo.InvariantCulture),
                result.Precision.ToString("P2", CultureInfo.InvariantCulture),
                result.FalsePositiveRate.ToString("P2", CultureInfo.InvariantCulture),
                result.FalsePositives.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
        console.WriteLine();
        var byVariant = new Table().Border(TableBorder.Markdown).AddColumn("recall by edit");
        foreach (var result in report.Results)
        {
            byVariant.AddColumn(result.Configuration);
        }

        foreach (var variant in report.RecoverableVariants.Concat(report.LossyVariants))
        {
            byVariant.AddRow([variant, .. report.Results.Select(result => result.RecallByVariant.GetValueOrDefault(variant).ToString("P0", CultureInfo.InvariantCulture))]);
        }

        console.Write(byVariant);
    }
}
