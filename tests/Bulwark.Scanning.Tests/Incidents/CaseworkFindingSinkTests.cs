using System.Security.Cryptography;
using Bulwark.Casework;
using Bulwark.Casework.Evidence;
using Bulwark.Casework.Incidents;
using Bulwark.Casework.Storage;
using Bulwark.Detection.Policy;
using Bulwark.Scanning.Checks;
using Bulwark.Scanning.Incidents;
using Bulwark.Scanning.Running;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Scanning.Tests.Incidents;

/// <summary>Quarantined dataset records become casework incidents on the dataset surface, with their hashes and sealed evidence.</summary>
public sealed class CaseworkFindingSinkTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bulwark-scan-incidents-").FullName;
    private readonly ScreeningPolicy _policy = new PolicyLoader().LoadDefault();
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection()
            .AddCasework(
                new CaseworkStorageOptions { ConnectionString = $"Data Source={Path.Combine(_directory, "casework.db")};Pooling=False" },
                options => options.MasterKeys = new MasterKeyRing("k", new Dictionary<string, byte[]> { ["k"] = RandomNumberGenerator.GetBytes(32) }))
            .BuildServiceProvider();
        await _services.GetRequiredService<CaseworkDatabase>().MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task An_exact_hash_hit_is_a_reportable_known_image_match_with_its_hashes()
    {
        var record = new QuarantinedRecord("part-0.parquet", "row-41", 41, "quarantined", [new RecordFlag("md5", "partner-list") { Matched = "0123456789abcdef0123456789abcdef", Label = "stand-in" }])
        {
            Md5 = "0123456789abcdef0123456789abcdef",
        };

        await Sink().RecordAsync(record, CancellationToken.None);

        var incident = Assert.Single(await IncidentsAsync());
        Assert.Equal(("Dataset", "Report", "known_image_match"), (incident.Surface, incident.Action, incident.PrimaryCategory));
        Assert.Equal(("scan:part-0.parquet", "dataset", "row-41", "tenant-x"), (incident.Route, incident.Protocol, incident.RequestId, incident.TenantId));
        var finding = Assert.Single(incident.Findings);
        Assert.Equal("md5:partner-list", finding.RuleId);
        Assert.Equal("0123456789abcdef0123456789abcdef", finding.MatchedSignal);
        Assert.Null(incident.EvidenceId);
    }

    [Fact]
    public async Task A_known_risk_source_alone_goes_to_review_and_a_PDQ_match_scores_by_distance()
    {
        var sink = Sink();

        await sink.RecordAsync(new QuarantinedRecord("a.jsonl", "7", 7, "quarantined", [new RecordFlag("source", "experts") { Matched = "domain:example.invalid" }]), CancellationToken.None);
        await sink.RecordAsync(new QuarantinedRecord("a.jsonl", "8", 8, "quarantined", [new RecordFlag("pdq", "partner-pdq") { Distance = 8 }]), CancellationToken.None);

        var incidents = (await IncidentsAsync()).ToDictionary(incident => incident.RequestId!);
        Assert.Equal("HoldForReview", incidents["7"].Action);
        Assert.Equal("Report", incidents["8"].Action);
        Assert.Equal(1 - (8 / 64.0), Assert.Single(incidents["8"].Findings).Score, precision: 6);
    }

    [Fact]
    public async Task A_caption_keeps_its_category_and_unreadable_records_are_not_incidents()
    {
        var sink = Sink();

        await sink.RecordAsync(new QuarantinedRecord("a.jsonl", "9", 9, "quarantined", [new RecordFlag("caption", "csam_solicitation") { Score = 0.93 }]), CancellationToken.None);
        await sink.RecordAsync(new QuarantinedRecord("a.jsonl", "10", 10, "unreadable", []) { Reason = "undecodable image" }, CancellationToken.None);

        var incident = Assert.Single(await IncidentsAsync());
        Assert.Equal(("9", "csam_solicitation"), (incident.RequestId, incident.PrimaryCategory));
    }

    [Fact]
    public async Task A_metadata_hit_keeps_its_url_and_caption_sealed_as_the_incidents_evidence()
    {
        var record = new QuarantinedRecord("part-0.parquet", "row-7", 7, "quarantined", [new RecordFlag("url", "partner-urls") { Matched = "shop.example/listed/" }])
        {
            Url = "https://shop.example/listed/item-7.jpg",
            Caption = "a wooden teapot at sunset",
        };

        await Sink().RecordAsync(record, CancellationToken.None);

        var incident = Assert.Single(await IncidentsAsync());
        var evidence = await _services.GetRequiredService<EvidenceVault>().ReadAsync(incident.EvidenceId!.Value, "test", "check the sealed evidence");
        Assert.Equal("text/plain; charset=utf-8", evidence!.ContentType);
        Assert.Equal("url: https://shop.example/listed/item-7.jpg\ncaption: a wooden teapot at sunset\n", System.Text.Encoding.UTF8.GetString(evidence.Content.Span));
    }

    [Fact]
    public async Task An_image_hit_keeps_the_image_bytes_as_they_were_in_the_dataset()
    {
        var image = RandomNumberGenerator.GetBytes(300);
        var record = new QuarantinedRecord("00000.tar", "sample-3", 3, "quarantined", [new RecordFlag("md5", "partner-list")])
        {
            Md5 = "0123456789abcdef0123456789abcdef",
            Url = "https://shop.example/3.jpg",
            Image = image,
        };

        await Sink().RecordAsync(record, CancellationToken.None);

        var incident = Assert.Single(await IncidentsAsync());
        var evidence = await _services.GetRequiredService<EvidenceVault>().ReadAsync(incident.EvidenceId!.Value, "test", "check the sealed evidence");
        Assert.Equal("application/octet-stream", evidence!.ContentType);
        Assert.Equal(image, evidence.Content.ToArray());
    }

    private CaseworkFindingSink Sink() => new(_services.GetRequiredService<IncidentRecorder>(), _policy, "tenant-x");

    private async Task<List<Incident>> IncidentsAsync()
    {
        await using var context = await _services.GetRequiredService<IDbContextFactory<CaseworkDbContext>>().CreateDbContextAsync();
        return await context.Incidents.Include(incident => incident.Findings).ToListAsync();
    }
}
