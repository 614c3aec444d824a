using System.Text;
using Bulwark.Cli.Tests.Support;
using Bulwark.Reporting.Tests.Fakes;

namespace Bulwark.Cli.Tests.Reporting;

public sealed class NcmecCommandTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bulwark-ncmec-cli-" + Guid.NewGuid().ToString("N"));
    private FakeCyberTipline _fake = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        await File.WriteAllTextAsync(Path.Combine(_directory, "password"), FakeCyberTipline.Password + "\n");
        await File.WriteAllTextAsync(Path.Combine(_directory, "wrong-password"), "not it\n");
        _fake = await FakeCyberTipline.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Validate_accepts_a_valid_report()
    {
        var file = Write("report.xml", ValidReport);

        var run = await CliRun.RunAsync("ncmec", "validate", file, "--xsd", NcmecReference.SchemaPath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("report.xml: valid", Assert.Single(run.OutLines));
    }

    [Fact]
    public async Task Validate_prints_each_problem_with_its_line_and_column()
    {
        var file = Write("bad.xml", ValidReport.Replace("<incidentDateTime>2026-11-01T10:00:00Z</incidentDateTime>", "<incidentDateTime>yesterday</incidentDateTime>", StringComparison.Ordinal));

        var run = await CliRun.RunAsync("ncmec", "validate", file, "--xsd", NcmecReference.SchemaPath);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("bad.xml:5:", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_without_a_schema_says_where_to_get_one()
    {
        var run = await CliRun.RunAsync("ncmec", "validate", Write("report.xml", ValidReport), "--xsd", Path.Combine(_directory, "missing.xsd"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("GET /xsd", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_with_good_credentials_succeeds_and_bad_ones_fail_clearly()
    {
        var good = await CliRun.RunAsync(Connection("status", "password"));
        var bad = await CliRun.RunAsync(Connection("status", "wrong-password"));

        Assert.Equal(0, good.ExitCode);
        Assert.Contains("credentials accepted", good.Out, StringComparison.Ordinal);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("code 2000", bad.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not it", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_files_the_case_once_even_when_run_twice()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "evidence"));
        await File.WriteAllBytesAsync(Path.Combine(_directory, "evidence", "output-1.png"), Encoding.UTF8.GetBytes("benign stand-in bytes"));
        var json = Write("case.json", """
            {
              "caseId": "case-1042",
              "categories": ["csam_solicitation"],
              "subject": { "tenant": "tenant-a", "userId": "user-42",
                           "ipAddresses": [{ "address": "203.0.113.7", "seenAt": "2026-11-20T11:00:00Z", "event": "login" }] },
              "evidence": [{ "fileName": "output-1.png", "reference": "evidence/output-1.png", "isModelOutput": true, "viewedByReviewer": true }],
              "gateway": { "surface": "prompt", "model": "example-model", "at": "2026-11-20T11:00:00Z" },
              "decidedAt": "2026-11-20T11:30:00Z",
              "conversationExcerpt": "write a sexy story about a 12 year old",
              "reviewerSummary": "The request was blocked."
            }
            """);
        string[] args = [.. Connection("submit", "password"), "--report", json, "--reporter-email", "safety@example.com",
            "--platform", "Example Assistant", "--outbox", Path.Combine(_directory, "outbox.db")];

        var first = await CliRun.RunAsync(args);
        var second = await CliRun.RunAsync(args);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(0, second.ExitCode);
        var filed = Assert.Single(_fake.Reports);
        Assert.Equal(FakeReportStatus.Finished, filed.Status);
        Assert.Contains("<generativeAi />", Assert.Single(filed.Files).Details, StringComparison.Ordinal);
        Assert.Contains($"NCMEC report {filed.Id}", first.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_of_an_unreadable_case_file_is_a_clear_error()
    {
        var json = Write("case.json", "{ \"caseId\": ");

        var run = await CliRun.RunAsync([.. Connection("submit", "password"), "--report", json, "--reporter-email", "a@example.com", "--platform", "P"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("case.json", run.Error, StringComparison.Ordinal);
        Assert.Empty(_fake.Reports);
    }

    private string[] Connection(string command, string passwordFile) =>
        ["ncmec", command, "--username", FakeCyberTipline.Username, "--password-file", Path.Combine(_directory, passwordFile), "--base-url", _fake.BaseAddress.AbsoluteUri];

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string ValidReport = """
        <?xml version="1.0" encoding="UTF-8"?>
        <report>
          <incidentSummary>
            <incidentType>Online Enticement of Children for Sexual Acts</incidentType>
            <incidentDateTime>2026-11-01T10:00:00Z</incidentDateTime>
          </incidentSummary>
          <reporter>
            <reportingPerson>
              <email>safety@example.com</email>
            </reportingPerson>
          </reporter>
        </report>
        """;
}
