using System.Text.Json;
using Bulwark.Detection.Tests.Support;
using Bulwark.Detection.Text.Signals;
using Xunit.Abstractions;

namespace Bulwark.Detection.Tests.Text.Signals;

/// <summary>
/// The detector against tests/data/text/minor-indicators.jsonl: neutral everyday sentences in the nine languages,
/// labelled by whether they refer to someone under 18, with hard negatives (numbers, durations, adult ages, technical
/// uses of "child"). A text counts as "minor" when a finding reaches <see cref="MinorIndicatorDetector.LikelyMinor"/>.
/// </summary>
public sealed class MinorIndicatorDatasetTests(ITestOutputHelper output)
{
    private static readonly string[] Languages = ["en", "es", "fr", "de", "pt", "it", "ru", "zh", "ja"];

    [Fact]
    public void Labelled_set_has_the_promised_shape()
    {
        var lines = Load();
        Assert.True(lines.Count >= 120, $"{lines.Count} lines");
        Assert.True(lines.Count(line => !line.Minor) >= 0.4 * lines.Count, "at least 40% hard negatives");
        Assert.All(Languages, language => Assert.Contains(lines, line => line.Lang == language));
    }

    [Fact]
    public void Precision_and_recall_on_the_labelled_set_are_at_least_95_percent()
    {
        var detector = new MinorIndicatorDetector();
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        foreach (var line in Load())
        {
            var predicted = detector.RefersToMinor(line.Text);
            truePositives += predicted && line.Minor ? 1 : 0;
            falsePositives += predicted && !line.Minor ? 1 : 0;
            falseNegatives += !predicted && line.Minor ? 1 : 0;
            if (predicted != line.Minor)
            {
                var rules = string.Join(", ", detector.Detect(line.Text).Select(finding => $"{finding.RuleId} {finding.Confidence:0.00}"));
                output.WriteLine($"{(predicted ? "false positive" : "miss")} [{line.Lang}] {line.Text} {rules}");
            }
        }

        var precision = truePositives / (double)(truePositives + falsePositives);
        var recall = truePositives / (double)(truePositives + falseNegatives);
        output.WriteLine($"precision {precision:0.000}, recall {recall:0.000} ({truePositives} TP, {falsePositives} FP, {falseNegatives} FN)");
        Assert.True(precision >= 0.95, $"precision {precision:0.000}");
        Assert.True(recall >= 0.95, $"recall {recall:0.000}");
    }

    private static List<LabelledLine> Load() =>
        [.. File.ReadLines(RepositoryData.Path("text", "minor-indicators.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<LabelledLine>(line, JsonSerializerOptions.Web)!)];

    private sealed record LabelledLine(string Text, bool Minor, string Lang);
}
