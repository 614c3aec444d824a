using System.Security.Cryptography;
using Bulwark.Casework;
using Bulwark.Casework.Evidence;
using Bulwark.Casework.Storage;
using Bulwark.Reporting.Casework;
using Bulwark.Reporting.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Reporting.Tests.Casework;

/// <summary>The outbox reading and preserving evidence in casework's encrypted vault.</summary>
public sealed class VaultAdaptersTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bulwark-vault-").FullName;
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
    public async Task The_opener_decrypts_vault_evidence_by_id_and_the_read_is_audited()
    {
        var vault = _services.GetRequiredService<EvidenceVault>();
        byte[] bytes = [1, 2, 3, 4, 5];
        var id = await vault.StoreAsync(bytes, "application/octet-stream");

        await using var stream = await new VaultEvidenceOpener(vault, "lead:ana").OpenAsync(id.ToString(), CancellationToken.None);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);

        Assert.Equal(bytes, copy.ToArray());
        await using var context = await Contexts().CreateDbContextAsync();
        Assert.Contains(await context.AuditEntries.ToListAsync(), entry => entry.Action == AuditActionsEvidenceRead && entry.Actor == "lead:ana");
    }

    [Fact]
    public async Task The_opener_says_clearly_when_evidence_is_gone()
    {
        var opener = new VaultEvidenceOpener(_services.GetRequiredService<EvidenceVault>(), "lead:ana");

        var missing = await Assert.ThrowsAsync<FileNotFoundException>(() => opener.OpenAsync(Guid.NewGuid().ToString(), CancellationToken.None));
        var malformed = await Assert.ThrowsAsync<FileNotFoundException>(() => opener.OpenAsync("../etc/passwd", CancellationToken.None));

        Assert.Contains("no longer in the vault", missing.Message, StringComparison.Ordinal);
        Assert.Contains("not an evidence id", malformed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filed_report_holds_its_evidence_for_one_year_from_filing()
    {
        var vault = _services.GetRequiredService<EvidenceVault>();
        var id = await vault.StoreAsync(new byte[] { 9, 9 }, "application/octet-stream");
        var filedAt = new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

        await new VaultPreservationHolds(vault, "outbox").PlaceHoldAsync(
            new PreservationHoldRequest("case-1", "ncmec-test", "12345", [id.ToString()], filedAt, filedAt.AddYears(1)), CancellationToken.None);

        await using var context = await Contexts().CreateDbContextAsync();
        var item = await context.Evidence.SingleAsync(evidence => evidence.Id == id);
        Assert.Equal(filedAt.AddYears(1), item.PreservedUntil);
    }

    [Fact]
    public async Task A_hold_on_purged_evidence_fails_loudly()
    {
        var holds = new VaultPreservationHolds(_services.GetRequiredService<EvidenceVault>(), "outbox");
        var now = DateTimeOffset.UtcNow;

        await Assert.ThrowsAsync<InvalidOperationException>(() => holds.PlaceHoldAsync(
            new PreservationHoldRequest("case-1", "ncmec-test", "12345", [Guid.NewGuid().ToString()], now, now.AddYears(1)), CancellationToken.None));
    }

    private const string AuditActionsEvidenceRead = Bulwark.Casework.Audit.AuditActions.EvidenceRead;

    private IDbContextFactory<CaseworkDbContext> Contexts() => _services.GetRequiredService<IDbContextFactory<CaseworkDbContext>>();
}
