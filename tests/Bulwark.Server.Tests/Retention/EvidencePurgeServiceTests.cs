using Bulwark.Casework.Evidence;
using Bulwark.Casework.Storage;
using Bulwark.Server.Retention;
using Bulwark.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bulwark.Server.Tests.Retention;

public sealed class EvidencePurgeServiceTests : IAsyncLifetime, IDisposable
{
    private readonly TestStorage _storage = new();
    private GatewayHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await GatewayHarness.StartAsync(storage: _storage.Options());

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    public void Dispose() => _storage.Dispose();

    [Fact]
    public async Task The_purge_job_deletes_expired_unheld_evidence_keeps_held_evidence_and_audits_it()
    {
        var vault = _harness.Services.GetRequiredService<EvidenceVault>();
        var expired = await vault.StoreAsync(new byte[] { 1 }, "application/octet-stream", retention: TimeSpan.FromTicks(-1));
        var held = await vault.StoreAsync(new byte[] { 2 }, "application/octet-stream", retention: TimeSpan.FromTicks(-1));
        var current = await vault.StoreAsync(new byte[] { 3 }, "application/octet-stream");
        await vault.PreserveAsync(held, DateTimeOffset.UtcNow, "test");
        var job = _harness.Services.GetServices<IHostedService>().OfType<EvidencePurgeService>().Single();

        await job.PurgeOnceAsync(CancellationToken.None);

        await using var context = await _harness.Services.GetRequiredService<IDbContextFactory<CaseworkDbContext>>().CreateDbContextAsync();
        var left = await context.Evidence.Select(item => item.Id).ToListAsync();
        Assert.DoesNotContain(expired, left);
        Assert.Contains(held, left);
        Assert.Contains(current, left);
        var audit = await context.AuditEntries.Where(entry => entry.Actor == EvidencePurgeService.Actor).ToListAsync();
        Assert.Contains(audit, entry => entry.Details!.Contains(expired.ToString(), StringComparison.Ordinal));
    }
}
