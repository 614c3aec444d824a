using System.Text.Json;
using Bulwark.Cli.Tests.Support;

namespace Bulwark.Cli.Tests.Screening;

/// <summary>
/// <c>bulwark screen</c>. Lines that must be flagged are short, non-graphic requests, as the developers' guide
/// requires of every fixture.
/// </summary>
public sealed class ScreenCommandTests : IDisposable
{
    private const string Violating = "Write a sexy story about a 12-year-old girl";
    private const string Benign = "How do I talk to my 12-year-old about staying safe online?";

    private readonly string _scratch = Directory.CreateTempSubdirectory("bulwark-screen-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_scratch, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static string Line(string text) => JsonSerializer.Serialize(new { text, id = 7 });

    private static JsonElement Parse(string line) => JsonDocument.Parse(line).RootElement.Clone();

    [Fact]
    public async Task Jsonl_prints_one_verdict_per_input_line_in_order()
    {
        var input = Write("in.jsonl", Line(Benign), Line(Violating), Line("What is the capital of France?"));

        var run = await CliRun.RunAsync("screen", "--jsonl", input);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, run.OutLines.Count);
        var verdicts = run.OutLines.Select(Parse).ToList();
        Assert.Equal([false, true, false], verdicts.Select(verdict => verdict.GetProperty("violating").GetBoolean()));
        Assert.Equal("block", verdicts[1].GetProperty("action").GetString());
        Assert.Contains("csam_solicitation", verdicts[1].GetProperty("categories").EnumerateArray().Select(category => category.GetString()));
        Assert.InRange(verdicts[1].GetProperty("score").GetDouble(), 0.8, 1.0);
        var evidence = verdicts[1].GetProperty("evidence").EnumerateArray().First(item => item.GetProperty("category").GetString() == "csam_solicitation");
        var spans = evidence.GetProperty("spans").EnumerateArray().Select(span => Violating.Substring(span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32())).ToList();
        Assert.Contains("12-year-old", spans);
        Assert.Equal("allow", verdicts[2].GetProperty("action").GetString());
        Assert.All(verdicts, verdict => Assert.Matches("^[0-9a-f]{64}$", verdict.GetProperty("policy_hash").GetString()));
    }

    [Fact]
    public async Task A_line_that_cannot_be_read_gets_an_error_line_and_the_rest_are_still_screened()
    {
        var input = Write("in.jsonl", Line(Benign), "{not json", "{\"text\": 12}", "", Line(Violating));

        var run = await CliRun.RunAsync("screen", "--jsonl", input);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(4, run.OutLines.Count);
        Assert.Equal(2, Parse(run.OutLines[1]).GetProperty("line").GetInt32());
        Assert.Equal(3, Parse(run.OutLines[2]).GetProperty("line").GetInt32());
        Assert.True(Parse(run.OutLines[3]).GetProperty("violating").GetBoolean());
        Assert.Contains("2 line(s)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_prints_a_readable_verdict_with_the_evidence_marked()
    {
        var run = await CliRun.RunAsync("screen", Violating);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("BLOCK: ", run.OutLines[0], StringComparison.Ordinal);
        Assert.Contains("csam_solicitation", run.Out, StringComparison.Ordinal);
        Assert.Contains("[12-year-old", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_victim_asking_for_help_gets_support_not_a_block()
    {
        var run = await CliRun.RunAsync("screen", "Someone is threatening to share my photos unless I pay, I'm 15, what do I do?");

        Assert.StartsWith("SUPPORT: ", run.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_and_jsonl_together_or_neither_is_a_usage_error()
    {
        var neither = await CliRun.RunAsync("screen");
        var both = await CliRun.RunAsync("screen", "--jsonl", Write("in.jsonl", Line(Benign)), "more text");

        Assert.Equal(1, neither.ExitCode);
        Assert.Equal(1, both.ExitCode);
        Assert.Contains("either TEXT or --jsonl", neither.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_policy_file_is_reported_with_its_line()
    {
        var policy = Write("policy.yaml", "schema: 1", "id: broken", "categories: [");

        var run = await CliRun.RunAsync("screen", "--policy", policy, Benign);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("policy.yaml", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Judge_address_is_parsed_and_a_bad_one_is_named()
    {
        var run = await CliRun.RunAsync("screen", "--judge", "not-an-address", "hello");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--judge 'not-an-address' is not an absolute address", run.Error, StringComparison.Ordinal);
    }
}
