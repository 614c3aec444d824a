using Bulwark.Detection.Evaluation;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Detection.Tests.Support;
using Xunit.Abstractions;

namespace Bulwark.Detection.Tests.Text.Classification;

/// <summary>
/// The screener with the text classifier under the shipped policy, on tests/data/text/screening-dev.jsonl (the set the
/// rules were developed against) and screening-fresh.jsonl (written apart and held back until the rules were
/// frozen). Both are short, non-graphic requests and hard negatives in nine languages. A line is flagged when the
/// verdict holds, blocks or reports it for a violation category.
/// </summary>
public sealed class ScreeningDatasetTests(ITestOutputHelper output)
{
    private static readonly string[] Languages = ["en", "es", "fr", "de", "pt", "it", "ru", "zh", "ja"];

    private static async Task<TextEvaluationReport> EvaluateAsync(string file)
    {
        using var reader = File.OpenText(RepositoryData.Path("text", file));
        var items = await TextEvaluation.ReadAsync(reader);
        var screener = new Screener(new PolicyLoader().LoadDefault(), [new TextClassifierDetector()]);
        return await TextEvaluation.RunAsync(file, items, screener);
    }

    private async Task AssertRatesAsync(string file, double minRecall, double maxFalsePositiveRate)
    {
        var report = await EvaluateAsync(file);
        Print(report);

        Assert.True(report.Overall.Recall >= minRecall, $"recall {report.Overall.Recall}");
        Assert.True(report.Overall.FalsePositiveRate <= maxFalsePositiveRate, $"false-positive rate {report.Overall.FalsePositiveRate}");
    }

    private void Print(TextEvaluationReport report)
    {
        output.WriteLine($"{report.Dataset}: P {report.Overall.Precision:0.000} R {report.Overall.Recall:0.000} FPR {report.Overall.FalsePositiveRate:0.000}");
        foreach (var miss in report.Misses)
        {
            output.WriteLine($"  {(miss.Item.Violating ? "FN" : "FP")} {miss.Item.Category} {miss.Primary} {miss.Score:0.00}: {miss.Item.Text}");
        }
    }

    [Fact]
    public async Task The_development_set_has_the_promised_shape()
    {
        using var reader = File.OpenText(RepositoryData.Path("text", "screening-dev.jsonl"));
        var items = await TextEvaluation.ReadAsync(reader);

        Assert.True(items.Count >= 300, $"{items.Count} lines");
        Assert.True(items.Count(item => !item.Violating) >= 0.45 * items.Count, "about half hard negatives");
        Assert.All(Languages, language => Assert.Contains(items, item => item.Language == language && item.Violating));
        Assert.All(Languages, language => Assert.Contains(items, item => item.Language == language && !item.Violating));
        Assert.All(CategoryIds.All.Where(id => id is not (CategoryIds.HasMinor or CategoryIds.SupportContext or CategoryIds.KnownImageMatch)),
            category => Assert.True(items.Count(item => item.Category == category) >= 25, category));
    }

    [Fact]
    public async Task On_the_development_set_recall_is_at_least_095_at_a_false_positive_rate_of_at_most_002()
    {
        await AssertRatesAsync("screening-dev.jsonl", minRecall: 0.95, maxFalsePositiveRate: 0.02);
    }

    /// <summary>
    /// The fresh set was held back until the rules first worked end to end, measured once (recall 0.541, false-positive
    /// rate 0.102, docs/evaluation.md) and then used to find what the rules missed, so it is no longer a fair estimate;
    /// the bar here only guards against regressions.
    /// </summary>
    [Fact]
    public async Task On_the_fresh_set_recall_stays_above_085_at_a_false_positive_rate_of_at_most_005()
    {
        await AssertRatesAsync("screening-fresh.jsonl", minRecall: 0.85, maxFalsePositiveRate: 0.05);
    }

    /// <summary>
    /// The check set was written by someone who saw neither the rules nor the other sets, and measured once with the
    /// rules frozen (recall 0.775, false-positive rate 0.030, docs/evaluation.md); the rules were then improved and it
    /// too became a guard against regressions.
    /// </summary>
    [Fact]
    public async Task On_the_check_set_recall_stays_above_090_at_a_false_positive_rate_of_at_most_003()
    {
        await AssertRatesAsync("screening-check.jsonl", minRecall: 0.90, maxFalsePositiveRate: 0.03);
    }

    /// <summary>
    /// Two more sets by authors who saw neither the rules nor the other sets — chat-style messages with evasions
    /// (check2) and polite multi-sentence prompts with euphemisms (check3) — measured once with the rules frozen
    /// (check2 recall 0.775 at FPR 0.037, check3 recall 0.583 at FPR 0.052; docs/evaluation.md) and then used for a
    /// third round of general rules; now guards against regressions.
    /// </summary>
    [Theory]
    [InlineData("screening-check2.jsonl")]
    [InlineData("screening-check3.jsonl")]
    public async Task On_the_later_check_sets_recall_stays_above_090_at_a_false_positive_rate_of_at_most_003(string file)
    {
        await AssertRatesAsync(file, minRecall: 0.90, maxFalsePositiveRate: 0.03);
    }

    /// <summary>
    /// Written after three rounds of rules by an author told to be inventive, measured once with the rules frozen
    /// (recall 0.560 at FPR 0.055) and then used for a fourth round: the set that shows how far lexical rules carry.
    /// </summary>
    [Fact]
    public async Task On_the_fourth_check_set_recall_stays_above_060_at_a_false_positive_rate_of_at_most_003()
    {
        await AssertRatesAsync("screening-check4.jsonl", minRecall: 0.60, maxFalsePositiveRate: 0.03);
    }
}
