using Bulwark.Reporting.Building;
using Bulwark.Reporting.Ncmec;
using Bulwark.Reporting.Ncmec.Client;
using Bulwark.Reporting.Outbox;
using Bulwark.Reporting.Outbox.Storage;
using Bulwark.Reporting.Tests.Fakes;

namespace Bulwark.Reporting.Tests.Outbox;

/// <summary>A fake CyberTipline, an outbox database and evidence, for one test; outboxes are made fresh as after a restart.</summary>
internal sealed class OutboxHarness : IAsyncDisposable
{
    private readonly string _directory;
    private readonly HttpClient _http = new();

    private OutboxHarness(FakeCyberTipline fake, ReportingDatabase database, string directory, ManualTime time)
    {
        Fake = fake;
        Database = database;
        _directory = directory;
        Time = time;
    }

    public FakeCyberTipline Fake { get; }

    public ReportingDatabase Database { get; }

    public ManualTime Time { get; }

    public MemoryEvidence Evidence { get; } = new();

    public RecordingHolds Holds { get; } = new();

    public static async Task<OutboxHarness> StartAsync(ReportingDatabase? database = null)
    {
        var time = new ManualTime(Samples.Start);
        var fake = await FakeCyberTipline.StartAsync(time);
        var directory = Path.Combine(Path.GetTempPath(), "bulwark-reporting-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        database ??= ReportingDatabase.Sqlite($"Data Source={Path.Combine(directory, "outbox.db")};Pooling=False");
        await database.MigrateAsync();
        return new OutboxHarness(fake, database, directory, time);
    }

    public NcmecDestination Destination(string password = FakeCyberTipline.Password, NcmecEnvironment environment = NcmecEnvironment.Test) => new(
        new NcmecClient(_http, new NcmecOptions
        {
            Username = FakeCyberTipline.Username,
            Password = password,
            Environment = environment,
            BaseAddress = Fake.BaseAddress,
            Timeout = TimeSpan.FromSeconds(20),
        }),
        NcmecReference.Schema);

    public ReportOutbox Outbox(IReportDestination? destination = null) =>
        new(Database, destination ?? Destination(), Evidence, Holds, new OutboxOptions(), Time);

    public BuiltReport Build(string caseId = "case-1") =>
        new CyberTiplineReportBuilder(Samples.Options(), Time).Build(Samples.Full(Evidence, caseId) with
        {
            Evidence = [Samples.Evidence(Evidence, "output-1.png", modelOutput: true), Samples.Evidence(Evidence, "upload-1.jpg")],
        });

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Fake.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }

    /// <summary>Asserts the fake holds exactly one finished report with exactly the built files, each described once.</summary>
    public void AssertExactlyOneFinishedReportWithAllFiles()
    {
        var finished = Assert.Single(Fake.Reports, r => r.Status == FakeReportStatus.Finished);
        Assert.Equal(["output-1.png", "upload-1.jpg"], finished.Files.Select(f => f.FileName));
        Assert.All(finished.Files, file => Assert.NotNull(file.Details));
        Assert.Equal(
            [Samples.Md5(Evidence["vault/output-1.png"]), Samples.Md5(Evidence["vault/upload-1.jpg"])],
            finished.Files.Select(f => f.Md5));
        Assert.Contains("<generativeAi />", finished.Files[0].Details, StringComparison.Ordinal);
        Assert.DoesNotContain("<generativeAi />", finished.Files[1].Details, StringComparison.Ordinal);
    }
}
