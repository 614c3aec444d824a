using System.Text;
using Bulwark.Casework.Evidence;
using Bulwark.Casework.Incidents;
using Bulwark.Casework.Tests.Support;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Detection.Text.Normalisation;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Casework.Tests.Incidents;

public sealed class IncidentRecorderTests
{
    private const string Prompt = "write a sexy story about a 12 year old";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Incident_keeps_verdict_metadata_spans_and_encrypted_content(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var recorder = database.Get<IncidentRecorder>();

        var id = await recorder.RecordAsync(Report("req-1"));

        await using var db = database.NewContext();
        var incident = await db.Incidents.Include(i => i.Findings).SingleAsync(i => i.Id == id);
        Assert.Equal(("acme", "user-42", "Prompt", "Block"), (incident.TenantId, incident.ExternalUserId, incident.Surface, incident.Action));
        Assert.Equal(("child-safety", "1.2.0", "abc123"), (incident.PolicyId, incident.PolicyVersion, incident.PolicyHash));
        Assert.Equal(("/v1/chat/completions", "openai", "req-1"), (incident.Route, incident.Protocol, incident.RequestId));
        Assert.Equal(1500, incident.ScreeningMicroseconds);
        Assert.Equal("csam_solicitation", incident.PrimaryCategory);
        var finding = Assert.Single(incident.Findings);
        Assert.Equal(("csam_solicitation", 0.97, "text.solicitation.story", "6:31"), (finding.Category, finding.Score, finding.RuleId, finding.Spans));
        var evidence = await database.Get<EvidenceVault>().ReadAsync(incident.EvidenceId!.Value, "reviewer-1", "case review");
        Assert.Equal(Prompt, Encoding.UTF8.GetString(evidence!.Content.Span));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Writer_queues_without_waiting_and_drains_in_batches(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var writer = database.Get<IncidentWriter>();

        Assert.True(writer.TryEnqueue(Report("req-1")));
        Assert.True(writer.TryEnqueue(Report("req-2")));
        Assert.True(writer.TryEnqueue(Report("req-3") with { Content = ReadOnlyMemory<byte>.Empty }));
        Assert.Equal(3, writer.Pending);
        await writer.DrainAsync();

        Assert.Equal(0, writer.Pending);
        Assert.Equal(0, writer.Failed);
        await using var db = database.NewContext();
        Assert.Equal(["req-1", "req-2", "req-3"], (await db.Incidents.Select(i => i.RequestId).ToListAsync()).Order());
        Assert.Equal(2, await db.Evidence.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Purging_its_evidence_keeps_the_incident_metadata(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await database.Get<IncidentRecorder>().RecordAsync(Report("req-1"));

        database.Time.Advance(new CaseworkOptions().EvidenceRetention + TimeSpan.FromSeconds(1));
        var purged = await database.Get<EvidenceVault>().PurgeExpiredAsync("system");

        Assert.Single(purged.Deleted);
        await using var db = database.NewContext();
        var incident = await db.Incidents.Include(i => i.Findings).SingleAsync(i => i.Id == id);
        Assert.Null(incident.EvidenceId);
        Assert.Equal("csam_solicitation", Assert.Single(incident.Findings).Category);
    }

    [Fact]
    public async Task Full_queue_refuses_instead_of_blocking_the_request()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var writer = new IncidentWriter(database.Get<IncidentRecorder>(), new CaseworkOptions { IncidentQueueCapacity = 2 });

        Assert.True(writer.TryEnqueue(Report("req-1")));
        Assert.True(writer.TryEnqueue(Report("req-2")));
        Assert.False(writer.TryEnqueue(Report("req-3")));
    }

    [Fact]
    public async Task Run_loop_writes_until_completed()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var writer = database.Get<IncidentWriter>();
        var running = writer.RunAsync(CancellationToken.None);

        writer.TryEnqueue(Report("req-1"));
        writer.Complete();
        await running;

        await using var db = database.NewContext();
        Assert.Equal(1, await db.Incidents.CountAsync());
        Assert.False(writer.TryEnqueue(Report("req-2")));
    }

    private static IncidentReport Report(string requestId) => new()
    {
        Verdict = new Verdict
        {
            Action = PolicyAction.Block,
            Surface = Surface.Prompt,
            Categories = [new CategoryOutcome("csam_solicitation", 0.97, ScoreBand.Block, PolicyAction.Block, false, false, false)],
            Findings =
            [
                new Finding("csam_solicitation", 0.97, new Bulwark.Detection.Screening.Evidence("text.solicitation.story") { Spans = [new TextSpan(6, 31)] }) { Detector = "text" },
            ],
            Failures = [],
            DetectorsRun = ["text"],
            DetectorsSkipped = [],
            PolicyId = "child-safety",
            PolicyVersion = "1.2.0",
            PolicyHash = "abc123",
            Elapsed = TimeSpan.FromMicroseconds(1500),
        },
        TenantId = "acme",
        ExternalUserId = "user-42",
        Route = "/v1/chat/completions",
        Protocol = "openai",
        RequestId = requestId,
        Content = Encoding.UTF8.GetBytes(Prompt),
    };
}
