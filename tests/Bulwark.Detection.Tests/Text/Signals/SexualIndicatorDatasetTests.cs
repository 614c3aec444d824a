using System.Text.Json;
using Bulwark.Detection.Tests.Support;
using Bulwark.Detection.Text.Signals;
using Xunit.Abstractions;

namespace Bulwark.Detection.Tests.Text.Signals;

/// <summary>
/// The detector against tests/data/text/sexual-indicators.jsonl: short non-graphic sentences in the nine languages,
/// labelled by whether they are sexual (sexual words, nudity, material or an abuse-material code word) and which kind,
/// with hard negatives that share words with the signal: sex education and health, "sex" on forms, "naked eye", "nude
/// lipstick", "cp -r", "loli fashion", "explicit instructions", abuse prosecutions in the news, romance. A line
/// counts as sexual when a finding of a content kind reaches <see cref="SexualIndicatorDetector.Likely"/>; a
/// negative labelled with a kind (health, romance) must have that finding at Likely too.
/// </summary>
public sealed class SexualIndicatorDatasetTests(ITestOutputHelper output)
{
    private static readonly string[] Languages = ["en", "es", "fr", "de", "pt", "it", "ru", "zh", "ja"];

    private static readonly SexualIndicatorKind[] ContentKinds =
        [SexualIndicatorKind.Sexual, SexualIndicatorKind.Nudity, SexualIndicatorKind.Material, SexualIndicatorKind.AbuseMaterialCode];

    [Fact]
    public void Labelled_set_has_the_promised_shape()
    {
        var lines = Load();
        Assert.True(lines.Count >= 150, $"{lines.Count} lines");
        Assert.True(lines.Count(line => !line.Sexual) >= 0.45 * lines.Count, "about half hard negatives");
        Assert.All(Languages, language => Assert.Contains(lines, line => line.Lang == language && line.Sexual));
        Assert.All(Languages, language => Assert.Contains(lines, line => line.Lang == language && !line.Sexual));
        Assert.All(lines.Where(line => line.Kind is not null), line => Assert.True(Enum.TryParse<SexualIndicatorKind>(line.Kind, out _), line.Text));
        Assert.All(lines.Where(line => line.Sexual), line => Assert.Contains(Enum.Parse<SexualIndicatorKind>(line.Kind!), ContentKinds));
    }

    [Fact]
    public void Precision_and_recall_on_the_labelled_set_are_at_least_95_percent()
    {
        var detector = new SexualIndicatorDetector();
        int truePositives = 0, falsePositives = 0, falseNegatives = 0, kindsLabelled = 0, kindsFound = 0;
        foreach (var line in Load())
        {
            var findings = detector.Detect(line.Text);
            var likely = findings.Where(finding => finding.Confidence >= SexualIndicatorDetector.Likely).ToList();
            var predicted = likely.Exists(finding => ContentKinds.Contains(finding.Kind));
            truePositives += predicted && line.Sexual ? 1 : 0;
            falsePositives += predicted && !line.Sexual ? 1 : 0;
            falseNegatives += !predicted && line.Sexual ? 1 : 0;
            var kindFound = line.Kind is null || likely.Exists(finding => finding.Kind.ToString() == line.Kind);
            kindsLabelled += line.Kind is null ? 0 : 1;
            kindsFound += line.Kind is not null && kindFound ? 1 : 0;
            if (predicted != line.Sexual || !kindFound)
            {
                var rules = string.Join(", ", findings.Select(finding => $"{finding.RuleId} {finding.Confidence:0.00}"));
                var verdict = predicted == line.Sexual ? $"{line.Kind} missing" : predicted ? "false positive" : "miss";
                output.WriteLine($"{verdict} [{line.Lang}] {line.Text} | {rules}");
            }
        }

        var precision = truePositives / (double)(truePositives + falsePositives);
        var recall = truePositives / (double)(truePositives + falseNegatives);
        var kindRecall = kindsFound / (double)kindsLabelled;
        output.WriteLine($"precision {precision:0.000}, recall {recall:0.000} ({truePositives} TP, {falsePositives} FP, {falseNegatives} FN); labelled kind found on {kindsFound} of {kindsLabelled} lines");
        Assert.True(precision >= 0.95, $"precision {precision:0.000}");
        Assert.True(recall >= 0.95, $"recall {recall:0.000}");
        Assert.True(kindRecall >= 0.95, $"labelled kind found on {kindRecall:0.000}");
    }

    private static List<LabelledLine> Load() =>
        [.. File.ReadLines(RepositoryData.Path("text", "sexual-indicators.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<LabelledLine>(line, JsonSerializerOptions.Web)!)];

    private sealed record LabelledLine(string Text, bool Sexual, string? Kind, string Lang);
}
