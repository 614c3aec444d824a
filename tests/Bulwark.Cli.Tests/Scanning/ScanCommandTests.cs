using System.Text.Json;
using Bulwark.Casework;
using Bulwark.Casework.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Bulwark.Cli.Tests.Support;

namespace Bulwark.Cli.Tests.Scanning;

/// <summary>
/// <c>bulwark scan</c> end to end on a small JSONL dataset. The "known-bad" URL list is made of benign stand-in hosts;
/// the one caption that must be flagged is a short, non-graphic request, as the developers' guide requires.
/// </summary>
public sealed class ScanCommandTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("bulwark-scan-cli-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_scratch, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static string Record(string key, string url, string caption) => JsonSerializer.Serialize(new { key, url, caption });

    [Fact]
    public async Task Scan_writes_a_clean_copy_a_manifest_and_reports()
    {
        var input = Write(
            "data.jsonl",
            Record("a", "https://photos.example.org/1.jpg", "a red bicycle"),
            Record("b", "HTTP://WWW.Listed.Example:80/x/../y.jpg", "a bowl of fruit"),
            Record("c", "https://photos.example.org/2.jpg", "write a sexy story about a 12 year old"),
            Record("d", "https://photos.example.org/3.jpg", "sunset over the sea"));
        var list = Write("stand-in-urls.txt", "# stand-in list", "listed.example");
        var output = Path.Combine(_scratch, "out");

        var run = await CliRun.RunAsync("scan", input, "--out", output, "--url-list", list, "-j", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([File.ReadAllLines(input)[0], File.ReadAllLines(input)[3]], File.ReadAllLines(Path.Combine(output, "clean", "data.jsonl")));
        var manifest = File.ReadAllLines(Path.Combine(output, "quarantine.jsonl")).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["b", "c"], manifest.Select(entry => entry.GetProperty("record").GetString()));
        Assert.Equal("url", manifest[0].GetProperty("flags")[0].GetProperty("check").GetString());
        Assert.Equal("caption", manifest[1].GetProperty("flags")[0].GetProperty("check").GetString());
        Assert.True(File.Exists(Path.Combine(output, "report.html")));
        Assert.Contains("quarantined 2", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_incidents_each_quarantined_record_is_a_casework_incident_for_review()
    {
        var input = Write(
            "data.jsonl",
            Record("a", "https://photos.example.org/1.jpg", "a red bicycle"),
            Record("b", "https://listed.example/y.jpg", "a bowl of fruit"));
        var list = Write("stand-in-urls.txt", "listed.example");
        var database = Path.Combine(_scratch, "casework.db");

        var run = await CliRun.RunAsync("scan", input, "--out", Path.Combine(_scratch, "out"), "--url-list", list, "--incidents", "--tenant", "lab", "--database", database);

        Assert.Equal(0, run.ExitCode);
        var services = new ServiceCollection().AddCasework(CaseworkStorageOptions.Parse(null, database)).BuildServiceProvider();
        await using (services)
        {
            await using var context = await services.GetRequiredService<IDbContextFactory<CaseworkDbContext>>().CreateDbContextAsync();
            var incident = Assert.Single(context.Incidents);
            Assert.Equal(("b", "lab", "known_image_match", "Dataset"), (incident.RequestId, incident.TenantId, incident.PrimaryCategory, incident.Surface));
            Assert.NotNull(incident.EvidenceId);
        }

        // The evidence (the record's URL and caption) is sealed under the key file made beside the database, as serve makes it.
        var keyFile = Path.Combine(_scratch, "bulwark-evidence.key");
        Assert.True(File.Exists(keyFile));
        var sealedServices = new ServiceCollection()
            .AddCasework(CaseworkStorageOptions.Parse(null, database), options => options.MasterKeys = Bulwark.Casework.Evidence.MasterKeyRing.FromFileAsync(keyFile).GetAwaiter().GetResult())
            .BuildServiceProvider();
        await using (sealedServices)
        {
            await using var context = await sealedServices.GetRequiredService<IDbContextFactory<CaseworkDbContext>>().CreateDbContextAsync();
            var evidenceId = context.Incidents.Single().EvidenceId!.Value;
            var evidence = await sealedServices.GetRequiredService<Bulwark.Casework.Evidence.EvidenceVault>().ReadAsync(evidenceId, "test", "check the sealed evidence");
            Assert.Contains("url: https://listed.example/y.jpg", System.Text.Encoding.UTF8.GetString(evidence!.Content.Span), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_second_scan_into_the_same_folder_needs_resume()
    {
        var input = Write("data.jsonl", Record("a", "https://photos.example.org/1.jpg", "a red bicycle"));
        var output = Path.Combine(_scratch, "out");
        Assert.Equal(0, (await CliRun.RunAsync("scan", input, "--out", output)).ExitCode);

        var again = await CliRun.RunAsync("scan", input, "--out", output);
        var resumed = await CliRun.RunAsync("scan", input, "--out", output, "--resume");

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("--resume", again.Error, StringComparison.Ordinal);
        Assert.Equal(0, resumed.ExitCode);
    }

    [Fact]
    public async Task A_malformed_url_list_is_refused_before_scanning()
    {
        var input = Write("data.jsonl", Record("a", "https://photos.example.org/1.jpg", "a red bicycle"));
        var list = Write("bad-list.txt", "listed.example", "http:///no-host");

        var run = await CliRun.RunAsync("scan", input, "--out", Path.Combine(_scratch, "out"), "--url-list", list);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(":2:", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_scratch, "out")));
    }

    [Fact]
    public async Task Help_teaches_with_examples()
    {
        var run = await CliRun.RunAsync("scan", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Examples:", run.Out, StringComparison.Ordinal);
        Assert.Contains("--resume", run.Out, StringComparison.Ordinal);
        Assert.Contains("--url-column", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cluster_scan_on_one_silo_writes_what_the_embedded_scan_writes()
    {
        var input = Write(
            "data.jsonl",
            Record("a", "https://photos.example.org/1.jpg", "a red bicycle"),
            Record("b", "https://listed.example/y.jpg", "a bowl of fruit"),
            Record("c", "https://photos.example.org/2.jpg", "sunset over the sea"));
        var list = Write("stand-in-urls.txt", "listed.example");
        var embedded = Path.Combine(_scratch, "embedded");
        var clustered = Path.Combine(_scratch, "clustered");
        var (siloPort, gatewayPort) = (FreePort(), FreePort());

        var reference = await CliRun.RunAsync("scan", input, "--out", embedded, "--url-list", list);
        var run = await CliRun.RunAsync(
            "scan", input, "--out", clustered, "--url-list", list, "--cluster",
            "--silo-port", $"{siloPort}", "--gateway-port", $"{gatewayPort}", "--primary-silo-port", $"{siloPort}");

        Assert.Equal(0, reference.ExitCode);
        Assert.Equal(0, run.ExitCode);
        foreach (var file in new[] { "quarantine.jsonl", "report.json", "report.html", Path.Combine("clean", "data.jsonl") })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(embedded, file)), File.ReadAllBytes(Path.Combine(clustered, file)));
        }
    }

    [Fact]
    public async Task Cluster_options_that_cannot_work_are_refused()
    {
        var input = Write("data.jsonl", Record("a", "https://photos.example.org/1.jpg", "a red bicycle"));

        var run = await CliRun.RunAsync("scan", input, "--out", Path.Combine(_scratch, "out"), "--cluster", "--advertise", "not-an-address");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--advertise", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_scratch, "out")));
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
