using System.Diagnostics;
using System.Text.Json;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;

namespace Bulwark.Detection.Evaluation;

/// <summary>
/// Screens every line of a labelled text dataset and measures the result. A line is flagged when the verdict holds,
/// blocks or reports it for a violation category (support and allow are not flags), which is what a user of the
/// screener sees.
/// </summary>
public static class TextEvaluation
{
    /// <summary>
    /// Reads a JSON Lines dataset: objects with <c>text</c> (string) and <c>label</c> (<c>violating</c> or
    /// <c>benign</c>), optionally <c>category</c> and <c>lang</c>; other fields are ignored, blank lines skipped.
    /// </summary>
    /// <exception cref="FormatException">A line is not such an object; the message names the line.</exception>
    public static async Task<IReadOnlyList<LabelledText>> ReadAsync(TextReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var items = new List<LabelledText>();
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            items.Add(Parse(line, number));
        }

        return items;
    }

    /// <summary>Screens each item with <paramref name="screener"/> and measures the verdicts.</summary>
    public static async Task<TextEvaluationReport> RunAsync(
        string dataset,
        IReadOnlyList<LabelledText> items,
        Screener screener,
        Surface surface = Surface.Prompt,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(screener);
        var predictions = new List<TextPrediction>(items.Count);
        var clock = Stopwatch.StartNew();
        foreach (var item in items)
        {
            var verdict = await screener.ScreenAsync(Content.FromText(item.Text, surface), cancellationToken).ConfigureAwait(false);
            predictions.Add(Predict(item, verdict, screener.Policy));
            progress?.Report(predictions.Count);
        }

        var elapsed = clock.Elapsed;
        return new TextEvaluationReport(
            dataset,
            screener.Policy.Id,
            screener.Policy.ContentHash,
            Counts.Of(predictions),
            ByCategory(predictions),
            [.. predictions.GroupBy(p => p.Item.Language ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new GroupResult(g.Key, Counts.Of(g), null))],
            [.. predictions.GroupBy(p => (Labelled: Group(p.Item), p.Primary)).OrderBy(g => g.Key.Labelled, StringComparer.Ordinal).ThenBy(g => g.Key.Primary, StringComparer.Ordinal)
                .Select(g => new ConfusionCell(g.Key.Labelled, g.Key.Primary, g.Count()))],
            [.. predictions.Where(p => p.Flagged != p.Item.Violating)],
            items.Count == 0 ? 0 : elapsed.TotalMicroseconds / items.Count);
    }

    /// <summary>The verdict as a prediction: flagged when a violation category holds, blocks or reports.</summary>
    public static TextPrediction Predict(LabelledText item, Verdict verdict, ScreeningPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(policy);
        var summary = VerdictSummary.Of(verdict, policy);
        return new TextPrediction(item, summary.Violating, verdict.Action, summary.Categories, summary.Score);
    }

    private static List<GroupResult> ByCategory(List<TextPrediction> predictions) =>
    [
        .. predictions.GroupBy(p => Group(p.Item))
            .OrderBy(g => g.Key.StartsWith("benign:", StringComparison.Ordinal))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GroupResult(
                g.Key,
                Counts.Of(g),
                g.First().Item.Violating && g.First().Item.Category is { } category
                    ? (double)g.Count(p => p.Categories.Contains(category, StringComparer.Ordinal)) / g.Count()
                    : null)),
    ];

    private static string Group(LabelledText item) =>
        item.Violating ? item.Category ?? "violating" : "benign:" + (item.Category ?? "unlabelled");

    private static LabelledText Parse(string line, int number)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"line {number}: expected a JSON object.");
            }

            var text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()!
                : throw new FormatException($"line {number}: \"text\" must be a string.");
            var violating = (root.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null) switch
            {
                "violating" => true,
                "benign" => false,
                _ => throw new FormatException($"line {number}: \"label\" must be \"violating\" or \"benign\"."),
            };
            return new LabelledText(number, text, violating, OptionalString(root, "category"), OptionalString(root, "lang"));
        }
        catch (JsonException e)
        {
            throw new FormatException($"line {number}: not valid JSON ({e.Message})", e);
        }
    }

    private static string? OptionalString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
