using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bulwark.Cli.Screening;
using Bulwark.Detection.Evaluation;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Spectre.Console;

namespace Bulwark.Cli.Evaluation;

/// <summary><c>bulwark eval text</c>: precision, recall and false-positive rate of text screening on a labelled dataset.</summary>
internal static class EvalTextCommand
{
    public static Command Create(CommandOutput output)
    {
        var dataset = new Option<FileInfo>("--dataset")
        {
            Description = "JSON Lines: {\"text\": \"...\", \"label\": \"violating\"|\"benign\", \"category\": \"...\" (optional), \"lang\": \"..\" (optional)}.",
            Required = true,
        };
        var surface = new Option<Surface>("--surface")
        {
            Description = "The surface the lines are screened as (actions depend on it).",
            DefaultValueFactory = _ => Surface.Prompt,
        };
        var json = new Option<FileInfo?>("--json") { Description = "Also write the full report (every count, the confusion table and the misses) as JSON to this file." };
        var setup = new ScreenerSetup();
        var command = new Command(
            "text",
            "Evaluate text screening on a labelled dataset. A line counts as flagged when the verdict holds, blocks or reports it\n" +
            "for a violation category. Prints precision, recall and false-positive rate overall, per category (and per kind of\n" +
            "hard negative) and per language, a confusion table of labelled against first predicted category, and every miss.\n\n" +
            "Example:\n" +
            "  bulwark eval text --dataset tests/data/text/screening-dev.jsonl --json report.json")
        {
            dataset,
            surface,
            json,
        };
        setup.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var file = parseResult.GetValue(dataset)!;
            IReadOnlyList<LabelledText> items;
            try
            {
                using var reader = file.OpenText();
                items = await TextEvaluation.ReadAsync(reader, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                output.ReportFileError(file.FullName, e.Message);
                return 1;
            }

            var screener = await setup.CreateAsync(parseResult, output, cancellationToken).ConfigureAwait(false);
            if (screener is null)
            {
                return 1;
            }

            var report = await RunAsync(file.Name, items, screener, parseResult.GetValue(surface), output, cancellationToken).ConfigureAwait(false);
            Write(report, output);
            if (parseResult.GetValue(json) is { } jsonFile)
            {
                await using var stream = jsonFile.Create();
                await JsonSerializer.SerializeAsync(stream, report, EvaluationJson.Default.TextEvaluationReport, cancellationToken).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    private static async Task<TextEvaluationReport> RunAsync(string name, IReadOnlyList<LabelledText> items, Screener screener, Surface surface, CommandOutput output, CancellationToken cancellationToken)
    {
        if (!output.ErrorIsInteractive)
        {
            return await TextEvaluation.RunAsync(name, items, screener, surface, null, cancellationToken).ConfigureAwait(false);
        }

        TextEvaluationReport? report = null;
        await AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
            .Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("screening lines", maxValue: items.Count);
                report = await TextEvaluation.RunAsync(name, items, screener, surface, new Progress<int>(done => task.Value = done), cancellationToken).ConfigureAwait(false);
                task.Value = items.Count;
            }).ConfigureAwait(false);
        return report!;
    }

    private static void Write(TextEvaluationReport report, CommandOutput output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output.Out), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 240;
        var o = report.Overall;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Dataset}: {o.Lines} lines ({o.TruePositives + o.FalseNegatives} violating, {o.FalsePositives + o.TrueNegatives} benign) under policy {report.PolicyId}; {report.MicrosecondsPerLine:0} µs per line."));
        console.WriteLine();
        var overall = Table("", "precision", "recall", "false-positive rate", "TP", "FP", "FN", "TN");
        overall.AddRow("overall", P(o.Precision), P(o.Recall), P(o.FalsePositiveRate), N(o.TruePositives), N(o.FalsePositives), N(o.FalseNegatives), N(o.TrueNegatives));
        console.Write(overall);
        console.WriteLine();
        console.Write(Groups("category", report.ByCategory, agreement: true));
        console.WriteLine();
        console.Write(Groups("language", report.ByLanguage, agreement: false));
        console.WriteLine();
        var predicted = report.Confusion.Select(cell => cell.Predicted).Distinct().Order(StringComparer.Ordinal).ToList();
        var confusion = Table(["labelled \\ first predicted", .. predicted]);
        foreach (var row in report.Confusion.GroupBy(cell => cell.Labelled))
        {
            confusion.AddRow([Markup.Escape(row.Key), .. predicted.Select(p => row.FirstOrDefault(cell => cell.Predicted == p)?.Lines.ToString(CultureInfo.InvariantCulture) ?? "")]);
        }

        console.Write(confusion);
        console.WriteLine();
        console.WriteLine(report.Misses.Count == 0 ? "No misses." : $"Misses ({report.Misses.Count}):");
        foreach (var miss in report.Misses)
        {
            var kind = miss.Item.Violating ? "missed" : "false positive";
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  line {miss.Item.Line} [{miss.Item.Language ?? "?"}] {kind} ({miss.Item.Category ?? "-"}; predicted {string.Join(",", miss.Categories.DefaultIfEmpty("none"))}, score {miss.Score:0.00}): {miss.Item.Text}"));
        }
    }

    private static Table Groups(string title, IReadOnlyList<GroupResult> groups, bool agreement)
    {
        var table = agreement
            ? Table(title, "lines", "flagged", "recall", "false-positive rate", "category agreement")
            : Table(title, "lines", "flagged", "recall", "false-positive rate");
        foreach (var group in groups)
        {
            var c = group.Counts;
            var cells = new List<string> { Markup.Escape(group.Group), N(c.Lines), N(c.TruePositives + c.FalsePositives), P(c.Recall), P(c.FalsePositiveRate) };
            if (agreement)
            {
                cells.Add(P(group.CategoryAgreement));
            }

            table.AddRow([.. cells]);
        }

        return table;
    }

    private static Table Table(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Markdown);
        foreach (var column in columns)
        {
            table.AddColumn(Markup.Escape(column));
        }

        return table;
    }

    private static string P(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "–";

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
