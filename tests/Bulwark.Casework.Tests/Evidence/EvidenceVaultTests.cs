using System.Security.Cryptography;
using System.Text;
using Bulwark.Casework.Audit;
using Bulwark.Casework.Evidence;
using Bulwark.Casework.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Casework.Tests.Evidence;

public sealed class EvidenceVaultTests
{
    private static readonly byte[] Marker = Encoding.UTF8.GetBytes("PLANTED-MARKER-7f3c9e benign evidence text");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Stored_evidence_reads_back_and_plaintext_never_reaches_the_database(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var vault = database.Get<EvidenceVault>();

        var id = await vault.StoreAsync(Marker, "text/plain; charset=utf-8", "acme");
        var read = await vault.ReadAsync(id, "reviewer-1", "case review");

        Assert.NotNull(read);
        Assert.Equal(Marker, read.Content.ToArray());
        Assert.Equal("text/plain; charset=utf-8", read.ContentType);
        await using var db = database.NewContext();
        var item = await db.Evidence.SingleAsync();
        Assert.Equal(-1, item.Ciphertext.AsSpan().IndexOf(Marker.AsSpan(0, 16)));
        Assert.Equal(SHA256.HashData(Marker), item.PlaintextSha256);
        Assert.Equal(Marker.Length, item.Size);
        Assert.Equal((12, 16, 60), (item.Nonce.Length, item.Tag.Length, item.WrappedKey.Length));
        if (database.SqliteFile is { } file)
        {
            Assert.Equal(-1, (await File.ReadAllBytesAsync(file)).AsSpan().IndexOf(Marker.AsSpan(0, 16)));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reading_evidence_is_audited_with_actor_and_purpose(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var vault = database.Get<EvidenceVault>();
        var id = await vault.StoreAsync(Marker, "text/plain");

        await vault.ReadAsync(id, "reviewer-1", "case review");

        await using var db = database.NewContext();
        var entry = await db.AuditEntries.SingleAsync();
        Assert.Equal((AuditActions.EvidenceRead, "reviewer-1", $"evidence/{id}"), (entry.Action, entry.Actor, entry.Subject));
        Assert.Contains("case review", entry.Details, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Tampered_ciphertext_fails_authentication_instead_of_returning_garbage(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var vault = database.Get<EvidenceVault>();
        var id = await vault.StoreAsync(Marker, "text/plain");
        await using (var db = database.NewContext())
        {
            var item = await db.Evidence.SingleAsync();
            var altered = item.Ciphertext.ToArray();
            altered[3] ^= 0x01;
            item.Ciphertext = altered;
            await db.SaveChangesAsync();
        }

        var error = await Assert.ThrowsAsync<EvidenceIntegrityException>(() => vault.ReadAsync(id, "reviewer-1", "case review"));
        Assert.Contains("tag mismatch", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ciphertext_moved_to_another_row_does_not_open_there(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var vault = database.Get<EvidenceVault>();
        var first = await vault.StoreAsync(Marker, "text/plain");
        var second = await vault.StoreAsync("other benign text"u8.ToArray(), "text/plain");
        await using (var db = database.NewContext())
        {
            var source = await db.Evidence.SingleAsync(e => e.Id == first);
            var target = await db.Evidence.SingleAsync(e => e.Id == second);
            (target.Ciphertext, target.Nonce, target.Tag, target.WrappedKey, target.PlaintextSha256, target.Size) =
                (source.Ciphertext, source.Nonce, source.Tag, source.WrappedKey, source.PlaintextSha256, source.Size);
            await db.SaveChangesAsync();
        }

        await Assert.ThrowsAsync<EvidenceIntegrityException>(() => vault.ReadAsync(second, "reviewer-1", "case review"));
        Assert.NotNull(await vault.ReadAsync(first, "reviewer-1", "case review"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Content_cannot_be_relabelled_as_another_media_type(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var vault = database.Get<EvidenceVault>();
        var id = await vault.StoreAsync(Marker, "text/plain");
        await database.ExecuteSqlAsync("UPDATE evidence SET \"ContentType\" = 'image/png'");

        await Assert.ThrowsAsync<EvidenceIntegrityException>(() => vault.ReadAsync(id, "reviewer-1", "case review"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Wrong_master_key_under_the_same_id_is_a_clear_error(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await database.Get<EvidenceVault>().StoreAsync(Marker, "text/plain");
        var impostor = VaultWith(database, TestDatabase.NewKeyRing("k1"));

        var error = await Assert.ThrowsAsync<EvidenceIntegrityException>(() => impostor.ReadAsync(id, "reviewer-1", "case review"));
        Assert.Contains("master key 'k1'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rotation_rewraps_data_keys_without_touching_content(string provider)
    {
        var oldKey = RandomNumberGenerator.GetBytes(32);
        var newKey = RandomNumberGenerator.GetBytes(32);
        await using var database = await TestDatabase.CreateAsync(provider, new MasterKeyRing("old", new Dictionary<string, byte[]> { ["old"] = oldKey }));
        var id = await database.Get<EvidenceVault>().StoreAsync(Marker, "text/plain");
        byte[] ciphertextBefore;
        await using (var db = database.NewContext())
        {
            ciphertextBefore = (await db.Evidence.SingleAsync()).Ciphertext;
        }

        var both = VaultWith(database, new MasterKeyRing("new", new Dictionary<string, byte[]> { ["old"] = oldKey, ["new"] = newKey }));
        Assert.Equal(1, await both.RotateAsync("admin"));
        Assert.Equal(0, await both.RotateAsync("admin"));

        var onlyNew = VaultWith(database, new MasterKeyRing("new", new Dictionary<string, byte[]> { ["new"] = newKey }));
        Assert.Equal(Marker, (await onlyNew.ReadAsync(id, "reviewer-1", "after rotation"))!.Content.ToArray());
        await using var after = database.NewContext();
        var item = await after.Evidence.SingleAsync();
        Assert.Equal("new", item.MasterKeyId);
        Assert.Equal(ciphertextBefore, item.Ciphertext);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Purge_deletes_only_expired_unheld_evidence_and_records_it(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var vault = database.Get<EvidenceVault>();
        var expired = await vault.StoreAsync(Marker, "text/plain", retention: TimeSpan.FromDays(30));
        var legallyHeld = await vault.StoreAsync(Marker, "text/plain", retention: TimeSpan.FromDays(30));
        var preserved = await vault.StoreAsync(Marker, "text/plain", retention: TimeSpan.FromDays(30));
        var current = await vault.StoreAsync(Marker, "text/plain", retention: TimeSpan.FromDays(400));
        Assert.True(await vault.SetLegalHoldAsync(legallyHeld, true, "litigation hold 2026-17", "lead-1"));
        Assert.True(await vault.PreserveAsync(preserved, database.Time.GetUtcNow(), "lead-1"));

        database.Time.Advance(TimeSpan.FromDays(31));
        var first = await vault.PurgeExpiredAsync("system");

        Assert.Equal([expired], first.Deleted);
        Assert.Null(await vault.ReadAsync(expired, "reviewer-1", "after purge"));
        Assert.NotNull(await vault.ReadAsync(legallyHeld, "reviewer-1", "after purge"));

        database.Time.Advance(TimeSpan.FromDays(340));
        var second = await vault.PurgeExpiredAsync("system");

        Assert.Equal([preserved], second.Deleted);
        await using var db = database.NewContext();
        Assert.Equal(new[] { legallyHeld, current }.Order(), (await db.Evidence.Select(e => e.Id).ToListAsync()).Order());
        var purges = await db.AuditEntries.Where(e => e.Action == AuditActions.EvidencePurged).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(2, purges.Count);
        Assert.Contains(expired.ToString(), purges[0].Details, StringComparison.Ordinal);
        Assert.Contains(preserved.ToString(), purges[1].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vault_without_a_master_key_refuses_to_store()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var keyless = new EvidenceVault(
            database.Get<Microsoft.EntityFrameworkCore.IDbContextFactory<Bulwark.Casework.Storage.CaseworkDbContext>>(),
            database.Get<AuditLog>(),
            database.Time,
            new CaseworkOptions());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => keyless.StoreAsync(Marker, "text/plain"));
        Assert.Contains(MasterKeyRing.KeysVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_ring_text_form_makes_the_last_key_active_and_rejects_bad_keys()
    {
        var a = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var b = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

        var ring = MasterKeyRing.Parse($"# keys; id:base64\n2026a:{a}\n2026b:{b}\n");

        Assert.Equal("2026b", ring.ActiveKeyId);
        Assert.Equal(["2026a", "2026b"], ring.KeyIds.Order());
        Assert.Equal("default", MasterKeyRing.Parse(a).ActiveKeyId);
        Assert.Throws<FormatException>(() => MasterKeyRing.Parse("k:" + Convert.ToBase64String(new byte[16])));
        var notBase64 = Assert.Throws<FormatException>(() => MasterKeyRing.Parse("k:secret-not-base64!"));
        Assert.DoesNotContain("secret", notBase64.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => MasterKeyRing.Parse($"k:{a};k:{b}"));
        Assert.Throws<FormatException>(() => MasterKeyRing.Parse("  \n"));
    }

    [Fact]
    public async Task Key_file_is_created_once_private_to_the_user_and_then_reused()
    {
        var directory = Directory.CreateTempSubdirectory("bulwark-keys-");
        try
        {
            var path = Path.Combine(directory.FullName, "evidence.key");
            var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero));

            var created = await MasterKeyRing.LoadOrCreateFileAsync(path, time);
            var reused = await MasterKeyRing.LoadOrCreateFileAsync(path, time);

            Assert.Equal("k20261127", created.ActiveKeyId);
            Assert.Equal(created.ActiveKeyId, reused.ActiveKeyId);
            Assert.Equal(created.Key("k20261127"), reused.Key("k20261127"));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static EvidenceVault VaultWith(TestDatabase database, MasterKeyRing keys) =>
        new(
            database.Get<Microsoft.EntityFrameworkCore.IDbContextFactory<Bulwark.Casework.Storage.CaseworkDbContext>>(),
            database.Get<AuditLog>(),
            database.Time,
            new CaseworkOptions { MasterKeys = keys });
}
