using System.Text.Json;
using Bulwark.Detection.Tests.Support;
using Bulwark.Detection.Text.Signals;
using Xunit.Abstractions;

namespace Bulwark.Detection.Tests.Text.Signals;

/// <summary>
/// The detector against tests/data/text/intents.jsonl: short requests in the nine languages labelled with the intents
/// they express, and hard negatives that share their words without expressing them ("I wrote a story yesterday",
/// "find out", "remove the background from this photo", "the law should be changed", "she undressed for bed"). Each
/// (line, kind) pair is scored: a kind counts as found when a finding of it reaches <see cref="IntentDetector.Likely"/>,
/// and a likely kind the line is not labelled with is a false positive.
/// </summary>
public sealed class IntentDatasetTests(ITestOutputHelper output)
{
    private static readonly string[] Languages = ["en", "es", "fr", "de", "pt", "it", "ru", "zh", "ja"];

    [Fact]
    public void Labelled_set_has_the_promised_shape()
    {
        var lines = Load();
        Assert.True(lines.Count >= 150, $"{lines.Count} lines");
        Assert.True(lines.Count(line => line.Kinds.Length == 0) >= 0.4 * lines.Count, "at least 40% hard negatives");
        Assert.All(Languages, language => Assert.Contains(lines, line => line.Lang == language));
        Assert.All(lines.SelectMany(line => line.Kinds), kind => Assert.True(Enum.TryParse<IntentKind>(kind, out _), kind));
        Assert.All(Enum.GetValues<IntentKind>(), kind => Assert.Contains(lines, line => line.Kinds.Contains(kind.ToString())));
    }

    [Fact]
    public void Precision_and_recall_on_the_labelled_set_are_at_least_95_percent()
    {
        var detector = new IntentDetector();
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        foreach (var line in Load())
        {
            var intents = detector.Detect(line.Text);
            var likely = intents.Where(intent => intent.Confidence >= IntentDetector.Likely).Select(intent => intent.Kind.ToString()).Distinct().ToList();
            var found = likely.Count(line.Kinds.Contains);
            truePositives += found;
            falsePositives += likely.Count - found;
            falseNegatives += line.Kinds.Length - found;
            if (found != likely.Count || found != line.Kinds.Length)
            {
                var rules = string.Join(", ", intents.Select(intent => $"{intent.RuleId} {intent.Confidence:0.00}"));
                output.WriteLine($"[{line.Lang}] {line.Text} | expected {string.Join("+", line.Kinds)} | {rules}");
            }
        }

        var precision = truePositives / (double)(truePositives + falsePositives);
        var recall = truePositives / (double)(truePositives + falseNegatives);
        output.WriteLine($"precision {precision:0.000}, recall {recall:0.000} ({truePositives} TP, {falsePositives} FP, {falseNegatives} FN)");
        Assert.True(precision >= 0.95, $"precision {precision:0.000}");
        Assert.True(recall >= 0.95, $"recall {recall:0.000}");
    }

    private static List<LabelledLine> Load() =>
        [.. File.ReadLines(RepositoryData.Path("text", "intents.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<LabelledLine>(line, JsonSerializerOptions.Web)!)];

    private sealed record LabelledLine(string Text, string[] Kinds, string Lang);
}
