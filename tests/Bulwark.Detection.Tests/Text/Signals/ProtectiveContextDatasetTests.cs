using System.Text.Json;
using Bulwark.Detection.Tests.Support;
using Bulwark.Detection.Text.Signals;
using Xunit.Abstractions;

namespace Bulwark.Detection.Tests.Text.Signals;

/// <summary>
/// The detector against tests/data/text/protective-contexts.jsonl: short neutral sentences in the nine languages,
/// labelled by whether they state a protective context and which, with hard negatives (role words without a
/// protective frame: "my teacher gave me homework", "the parent company", "nurse shark", "report card"). A line counts
/// as protective when a finding reaches <see cref="ProtectiveContextDetector.Likely"/>.
/// </summary>
public sealed class ProtectiveContextDatasetTests(ITestOutputHelper output)
{
    private static readonly string[] Languages = ["en", "es", "fr", "de", "pt", "it", "ru", "zh", "ja"];

    [Fact]
    public void Labelled_set_has_the_promised_shape()
    {
        var lines = Load();
        Assert.True(lines.Count >= 120, $"{lines.Count} lines");
        Assert.True(lines.Count(line => !line.Context) >= 0.4 * lines.Count, "at least 40% hard negatives");
        Assert.All(Languages, language => Assert.Contains(lines, line => line.Lang == language));
        Assert.All(lines.Where(line => line.Context), line => Assert.True(Enum.TryParse<ProtectiveContextKind>(line.Kind, out _), line.Text));
    }

    [Fact]
    public void Precision_and_recall_on_the_labelled_set_are_at_least_90_percent()
    {
        var detector = new ProtectiveContextDetector();
        int truePositives = 0, falsePositives = 0, falseNegatives = 0, wrongKind = 0;
        foreach (var line in Load())
        {
            var contexts = detector.Detect(line.Text);
            var likely = contexts.Where(context => context.Confidence >= ProtectiveContextDetector.Likely).ToList();
            var predicted = likely.Count > 0;
            truePositives += predicted && line.Context ? 1 : 0;
            falsePositives += predicted && !line.Context ? 1 : 0;
            falseNegatives += !predicted && line.Context ? 1 : 0;
            var kindFound = !line.Context || likely.Exists(context => context.Kind.ToString() == line.Kind);
            wrongKind += predicted && line.Context && !kindFound ? 1 : 0;
            if (predicted != line.Context || !kindFound)
            {
                var rules = string.Join(", ", contexts.Select(context => $"{context.RuleId} {context.Confidence:0.00}"));
                var verdict = predicted && line.Context ? "wrong kind" : predicted ? "false positive" : "miss";
                output.WriteLine($"{verdict} [{line.Lang}] {line.Text} | {rules}");
            }
        }

        var precision = truePositives / (double)(truePositives + falsePositives);
        var recall = truePositives / (double)(truePositives + falseNegatives);
        output.WriteLine($"precision {precision:0.000}, recall {recall:0.000} ({truePositives} TP, {falsePositives} FP, {falseNegatives} FN, {wrongKind} with the labelled kind missing)");
        Assert.True(precision >= 0.9, $"precision {precision:0.000}");
        Assert.True(recall >= 0.9, $"recall {recall:0.000}");
    }

    private static List<LabelledLine> Load() =>
        [.. File.ReadLines(RepositoryData.Path("text", "protective-contexts.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<LabelledLine>(line, JsonSerializerOptions.Web)!)];

    private sealed record LabelledLine(string Text, bool Context, string? Kind, string Lang);
}
