using System.Text.Json;
using Bulwark.Detection.Tests.Support;
using Bulwark.Detection.Text.Signals;
using Xunit.Abstractions;

namespace Bulwark.Detection.Tests.Text.Signals;

/// <summary>
/// The detector against tests/data/text/contact-cues.jsonl: short messages in the nine languages labelled by whether
/// they express a grooming or sextortion behaviour and which, with hard negatives that share its words ("don't tell
/// mom about the surprise party", "send me the report", "I'll post the photos from the wedding", "Bitcoin fell").
/// A line counts as a cue when a finding other than second-person address reaches <see cref="ContactCueDetector.Likely"/>.
/// </summary>
public sealed class ContactCueDatasetTests(ITestOutputHelper output)
{
    private static readonly string[] Languages = ["en", "es", "fr", "de", "pt", "it", "ru", "zh", "ja"];

    [Fact]
    public void Labelled_set_has_the_promised_shape()
    {
        var lines = Load();
        Assert.True(lines.Count >= 150, $"{lines.Count} lines");
        Assert.True(lines.Count(line => !line.Cue) >= 0.4 * lines.Count, "at least 40% hard negatives");
        Assert.All(Languages, language => Assert.Contains(lines, line => line.Lang == language));
        Assert.All(lines.Where(line => line.Cue), line => Assert.True(Enum.TryParse<ContactCueKind>(line.Kind, out _), line.Text));
    }

    [Fact]
    public void Precision_is_at_least_95_and_recall_at_least_93_percent_on_the_labelled_set()
    {
        var detector = new ContactCueDetector();
        int truePositives = 0, falsePositives = 0, falseNegatives = 0, wrongKind = 0;
        foreach (var line in Load())
        {
            var cues = detector.Detect(line.Text);
            var likely = cues.Where(cue => cue.Kind != ContactCueKind.SecondPerson && cue.Confidence >= ContactCueDetector.Likely).ToList();
            var predicted = likely.Count > 0;
            truePositives += predicted && line.Cue ? 1 : 0;
            falsePositives += predicted && !line.Cue ? 1 : 0;
            falseNegatives += !predicted && line.Cue ? 1 : 0;
            var kindFound = !line.Cue || likely.Exists(cue => cue.Kind.ToString() == line.Kind);
            wrongKind += predicted && line.Cue && !kindFound ? 1 : 0;
            if (predicted != line.Cue || !kindFound)
            {
                var rules = string.Join(", ", cues.Select(cue => $"{cue.RuleId} {cue.Confidence:0.00}"));
                var verdict = predicted && line.Cue ? "wrong kind" : predicted ? "false positive" : "miss";
                output.WriteLine($"{verdict} [{line.Lang}] {line.Text} | {rules}");
            }
        }

        var precision = truePositives / (double)(truePositives + falsePositives);
        var recall = truePositives / (double)(truePositives + falseNegatives);
        output.WriteLine($"precision {precision:0.000}, recall {recall:0.000} ({truePositives} TP, {falsePositives} FP, {falseNegatives} FN, {wrongKind} with the labelled kind missing)");
        Assert.True(precision >= 0.95, $"precision {precision:0.000}");
        Assert.True(recall >= 0.93, $"recall {recall:0.000}");
    }

    private static List<LabelledLine> Load() =>
        [.. File.ReadLines(RepositoryData.Path("text", "contact-cues.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<LabelledLine>(line, JsonSerializerOptions.Web)!)];

    private sealed record LabelledLine(string Text, bool Cue, string? Kind, string Lang);
}
