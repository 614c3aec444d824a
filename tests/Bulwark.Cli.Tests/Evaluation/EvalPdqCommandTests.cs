using System.Text.Json;
using Bulwark.Cli.Tests.Support;

namespace Bulwark.Cli.Tests.Evaluation;

public sealed class EvalPdqCommandTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("bulwark-eval-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task Reports_recall_precision_and_false_positive_rate_per_configuration_as_table_json_and_html()
    {
        var json = Path.Combine(_scratch, "report.json");
        var html = Path.Combine(_scratch, "report.html");

        var run = await CliRun.RunAsync("eval", "pdq", "--synthetic", "3", "--views", "canonical,default", "--json", json, "--html", html);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("| canonical", run.Out, StringComparison.Ordinal);
        Assert.Contains("false-positive rate", run.Out, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        Assert.Equal(2, report.RootElement.GetProperty("bank_images").GetInt32());
        var results = report.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal("canonical", results[0].GetProperty("configuration").GetString());
        Assert.Equal(1.0, results[0].GetProperty("recall_by_variant").GetProperty("identity").GetDouble());
        Assert.Equal(2, results.Count);
        var full = results.Single(result => result.GetProperty("configuration").GetString() == "+6 centre crops (default)");
        Assert.Equal(1.0, full.GetProperty("recall_by_variant").GetProperty("rotate-90").GetDouble());
        Assert.Equal(0.0, full.GetProperty("false_positive_rate").GetDouble());
        Assert.Contains("<svg", await File.ReadAllTextAsync(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_view_configurations_are_rejected_with_the_choices()
    {
        var run = await CliRun.RunAsync("eval", "pdq", "--synthetic", "3", "--views", "canonical,sideways");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Unknown --views sideways", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fewer_than_two_images_is_a_clear_error()
    {
        var run = await CliRun.RunAsync("eval", "pdq", "--synthetic", "1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("at least two readable images", run.Error, StringComparison.Ordinal);
    }
}
