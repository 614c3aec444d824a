using System.Text;
using Bulwark.Casework.Access;
using Bulwark.Casework.Audit;
using Bulwark.Casework.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Casework.Tests.Access;

public sealed class ApiKeyServiceTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Issued_key_authenticates_to_its_tenant_and_upstream_credential(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var keys = database.Get<ApiKeyService>();

        var issued = await keys.CreateAsync("acme", "openai-prod", "admin");
        var identity = await keys.AuthenticateAsync(issued.Key);

        Assert.StartsWith(ApiKeyService.KeyPrefix, issued.Key, StringComparison.Ordinal);
        Assert.Equal(new ApiKeyIdentity(issued.Id, "acme", "openai-prod", issued.Prefix), identity);
        Assert.DoesNotContain(issued.Key, issued.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_the_hash_and_a_short_prefix_are_stored(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var issued = await database.Get<ApiKeyService>().CreateAsync("acme", "openai-prod", "admin");

        await using var db = database.NewContext();
        var stored = await db.ApiKeys.SingleAsync();
        Assert.Equal(32, stored.KeyHash.Length);
        Assert.Equal(12, stored.Prefix.Length);
        Assert.True(issued.Key.Length > 40);
        if (database.SqliteFile is { } file)
        {
            var secret = Encoding.UTF8.GetBytes(issued.Key[12..]);
            Assert.Equal(-1, (await File.ReadAllBytesAsync(file)).AsSpan().IndexOf(secret));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Wrong_malformed_and_missing_keys_do_not_authenticate(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var keys = database.Get<ApiKeyService>();
        var issued = await keys.CreateAsync("acme", "openai-prod", "admin");
        var altered = issued.Key[..^1] + (issued.Key[^1] == 'A' ? 'B' : 'A');

        Assert.Null(await keys.AuthenticateAsync(altered));
        Assert.Null(await keys.AuthenticateAsync("sk-not-ours-0123456789abcdef"));
        Assert.Null(await keys.AuthenticateAsync(""));
        Assert.Null(await keys.AuthenticateAsync(null));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_key_remembered_after_authenticating_stops_at_once_when_this_process_revokes_it(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var keys = database.Get<ApiKeyService>();
        var issued = await keys.CreateAsync("acme", "openai-prod", "admin");
        Assert.NotNull(await keys.AuthenticateAsync(issued.Key));

        Assert.True(await keys.RevokeAsync(issued.Id, "admin"));

        Assert.Null(await keys.AuthenticateAsync(issued.Key));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_replicas_revocation_is_seen_once_the_key_cache_ttl_has_passed(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var replicaA = database.Get<ApiKeyService>();
        var replicaB = AnotherReplica(database);
        var issued = await replicaA.CreateAsync("acme", "openai-prod", "admin");
        Assert.NotNull(await replicaA.AuthenticateAsync(issued.Key));

        Assert.True(await replicaB.RevokeAsync(issued.Id, "admin"));

        Assert.Null(await replicaB.AuthenticateAsync(issued.Key));
        Assert.NotNull(await replicaA.AuthenticateAsync(issued.Key));
        database.Time.Advance(new CaseworkOptions().ApiKeyCacheTtl + TimeSpan.FromMilliseconds(1));
        Assert.Null(await replicaA.AuthenticateAsync(issued.Key));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_key_created_by_another_replica_authenticates_at_once(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var replicaA = database.Get<ApiKeyService>();
        var replicaB = AnotherReplica(database);
        Assert.Null(await replicaA.AuthenticateAsync("bwk_" + new string('x', 43)));

        var issued = await replicaB.CreateAsync("acme", "openai-prod", "admin");

        Assert.NotNull(await replicaA.AuthenticateAsync(issued.Key));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Revoked_key_no_longer_authenticates_and_revocation_is_audited(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var keys = database.Get<ApiKeyService>();
        var issued = await keys.CreateAsync("acme", "openai-prod", "admin");
        var other = await keys.CreateAsync("acme", "openai-prod", "admin");

        Assert.True(await keys.RevokeAsync(issued.Id, "admin"));

        Assert.Null(await keys.AuthenticateAsync(issued.Key));
        Assert.NotNull(await keys.AuthenticateAsync(other.Key));
        Assert.False(await keys.RevokeAsync(issued.Id, "admin"));
        var listed = await keys.ListAsync("acme");
        Assert.Equal(database.Time.GetUtcNow(), Assert.Single(listed, k => k.Id == issued.Id).RevokedAt);
        Assert.Null(Assert.Single(listed, k => k.Id == other.Id).RevokedAt);
        await using var db = database.NewContext();
        Assert.Equal(
            [AuditActions.ApiKeyCreated, AuditActions.ApiKeyCreated, AuditActions.ApiKeyRevoked],
            await db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
    }

    /// <summary>The key service of another process on the same database: its own cache.</summary>
    private static ApiKeyService AnotherReplica(TestDatabase database) => new(
        database.Get<IDbContextFactory<Bulwark.Casework.Storage.CaseworkDbContext>>(),
        database.Get<AuditLog>(),
        database.Time,
        new CaseworkOptions());
}
