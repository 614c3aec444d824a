using System.CommandLine;
using System.Text.Json;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Detection.Text.Classification;

namespace Bulwark.Cli.Screening;

/// <summary><c>bulwark screen</c>: screen text with the child-safety classifier under a policy.</summary>
internal static class ScreenCommand
{
    public static Command Create(CommandOutput output)
    {
        var text = new Argument<string[]>("TEXT")
        {
            Description = "Text to screen (several words are joined by spaces). Prints a readable verdict.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var jsonl = new Option<string?>("--jsonl")
        {
            Description = "Screen a JSON Lines file ('-' for stdin): one object per line with a \"text\" field (other fields are ignored).\n" +
                "Prints one JSON line per input line, in order: {\"violating\", \"action\", \"categories\", \"score\", \"evidence\", ...}.\n" +
                "A line that cannot be read prints {\"line\": N, \"error\": \"...\"} and the exit code is 2.",
        };
        var surface = new Option<Surface>("--surface")
        {
            Description = "Where the text was met; the policy's actions depend on it: Prompt, Output, Upload, Dataset, Report.",
            DefaultValueFactory = _ => Surface.Prompt,
        };
        var explain = new Option<bool>("--explain")
        {
            Description = "With TEXT: also list every signal the classifier found (rule, confidence, the words), used by a category or not.",
        };
        var setup = new ScreenerSetup();
        var command = new Command(
            "screen",
            "Screen text for child sexual exploitation: solicitation and acquisition of abuse material, sexualisation of minors,\n" +
            "grooming, sextortion, manipulation of images of real children and advocacy of abuse, in nine languages, with\n" +
            "protective contexts (parents, educators, victims asking for help) recognised. Every finding names its rule and the\n" +
            "spans of the text that fired it.\n\n" +
            "Examples:\n" +
            "  bulwark screen \"how do I talk to my 12-year-old about online safety\"\n" +
            "  bulwark screen --jsonl prompts.jsonl > verdicts.jsonl\n" +
            "  cat prompts.jsonl | bulwark screen --jsonl - --surface Output\n" +
            "  BULWARK_JUDGE_API_KEY=... bulwark screen --judge http://localhost:8000/v1 --jsonl prompts.jsonl")
        {
            text,
            jsonl,
            surface,
            explain,
        };
        setup.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var words = parseResult.GetValue(text) ?? [];
            var file = parseResult.GetValue(jsonl);
            if ((words.Length == 0) == (file is null))
            {
                output.Error.WriteLine("bulwark: give either TEXT or --jsonl FILE (see 'bulwark screen --help').");
                return 1;
            }

            var screener = await setup.CreateAsync(parseResult, output, cancellationToken).ConfigureAwait(false);
            if (screener is null)
            {
                return 1;
            }

            var where = parseResult.GetValue(surface);
            if (file is null)
            {
                var verdict = await screener.ScreenAsync(Content.FromText(string.Join(' ', words), where), cancellationToken).ConfigureAwait(false);
                VerdictText.Write(output.Out, string.Join(' ', words), verdict, screener.Policy);
                if (parseResult.GetValue(explain))
                {
                    VerdictText.WriteSignals(output.Out, string.Join(' ', words), new ChildSafetyClassifier().Signals(string.Join(' ', words)));
                }

                return 0;
            }

            return await ScreenLinesAsync(file, screener, where, output, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> ScreenLinesAsync(string file, Screener screener, Surface surface, CommandOutput output, CancellationToken cancellationToken)
    {
        TextReader reader;
        try
        {
            reader = file == "-" ? Console.In : new StreamReader(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output.ReportFileError(file, e.Message);
            return 1;
        }

        var errors = 0;
        var number = 0;
        using (reader)
        {
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                if (TextOf(line) is not { } input)
                {
                    errors++;
                    await output.Out.WriteLineAsync(VerdictJson.Error(number, "expected a JSON object with a string \"text\" field")).ConfigureAwait(false);
                    continue;
                }

                var verdict = await screener.ScreenAsync(Content.FromText(input, surface), cancellationToken).ConfigureAwait(false);
                await output.Out.WriteLineAsync(VerdictJson.Line(verdict, screener.Policy)).ConfigureAwait(false);
            }
        }

        if (errors > 0)
        {
            output.Error.WriteLine($"bulwark: {errors} line(s) of {file} could not be read; see the \"error\" lines.");
        }

        return errors > 0 ? 2 : 0;
    }

    private static string? TextOf(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
                ? text.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
