using Bulwark.Casework.Audit;
using Bulwark.Casework.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Casework.Tests.Audit;

public sealed class AuditLogTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Untouched_log_verifies_and_chains_each_entry_to_the_previous(string provider)
    {
        await using var database = await AppendFiveAsync(provider);
        var log = database.Get<AuditLog>();

        var result = await log.VerifyAsync();

        Assert.True(result.IsValid, result.Problem);
        Assert.Equal(5, result.EntryCount);
        await using var db = database.NewContext();
        var entries = await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal([1L, 2, 3, 4, 5], entries.Select(e => e.Sequence));
        Assert.Equal(new string('0', 64), entries[0].PreviousHash);
        Assert.All(entries.Skip(1).Zip(entries), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        Assert.Equal(entries[^1].Hash, result.HeadHash);
    }

    [Fact]
    public async Task Empty_log_verifies()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);

        var result = await database.Get<AuditLog>().VerifyAsync();

        Assert.Equal(new AuditVerification(true, 0, new string('0', 64), null, null), result);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Edited_entry_is_detected_and_named(string provider)
    {
        await using var database = await AppendFiveAsync(provider);
        await database.ExecuteSqlAsync("UPDATE audit_log SET \"Actor\" = 'someone-else' WHERE \"Sequence\" = 3");

        var result = await database.Get<AuditLog>().VerifyAsync();

        Assert.False(result.IsValid);
        Assert.Equal(3, result.BrokenAt);
        Assert.Contains("altered", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Edit_with_a_recomputed_hash_is_still_detected_by_the_next_entry(string provider)
    {
        await using var database = await AppendFiveAsync(provider);
        await using (var db = database.NewContext())
        {
            var entry = await db.AuditEntries.SingleAsync(e => e.Sequence == 2);
            entry.Details = "{\"note\":\"rewritten\"}";
            entry.Hash = AuditHasher.Compute(entry);
            await db.SaveChangesAsync();
        }

        var result = await database.Get<AuditLog>().VerifyAsync();

        Assert.Equal(3, result.BrokenAt);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Deleted_entry_is_detected_as_a_gap(string provider)
    {
        await using var database = await AppendFiveAsync(provider);
        await database.ExecuteSqlAsync("DELETE FROM audit_log WHERE \"Sequence\" = 2");

        var result = await database.Get<AuditLog>().VerifyAsync();

        Assert.False(result.IsValid);
        Assert.Equal(2, result.BrokenAt);
        Assert.Contains("missing", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reordered_entries_are_detected(string provider)
    {
        await using var database = await AppendFiveAsync(provider);
        await database.ExecuteSqlAsync("UPDATE audit_log SET \"Sequence\" = 100 WHERE \"Sequence\" = 2");
        await database.ExecuteSqlAsync("UPDATE audit_log SET \"Sequence\" = 2 WHERE \"Sequence\" = 3");
        await database.ExecuteSqlAsync("UPDATE audit_log SET \"Sequence\" = 3 WHERE \"Sequence\" = 100");

        var result = await database.Get<AuditLog>().VerifyAsync();

        Assert.False(result.IsValid);
        Assert.Equal(2, result.BrokenAt);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Concurrent_appends_from_two_writers_keep_the_chain_valid(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var factory = database.Get<IDbContextFactory<Bulwark.Casework.Storage.CaseworkDbContext>>();

        // Two logs with separate locks stand for two processes (gateway replicas) sharing one database.
        using var first = new AuditLog(factory, database.Time);
        using var second = new AuditLog(factory, database.Time);
        var writes = Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            (i % 2 == 0 ? first : second).AppendAsync("gateway", "test.write", $"item/{i}")));
        await Task.WhenAll(writes);

        var result = await first.VerifyAsync();
        Assert.True(result.IsValid, result.Problem);
        Assert.Equal(20, result.EntryCount);
    }

    [Fact]
    public async Task Details_are_canonical_json_with_sorted_keys()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);

        var entry = await database.Get<AuditLog>().AppendAsync("admin", "test", "x", new Dictionary<string, string?> { ["b"] = "2", ["a"] = "1", ["c"] = null });

        Assert.Equal("{\"a\":\"1\",\"b\":\"2\",\"c\":null}", entry.Details);
    }

    private static async Task<TestDatabase> AppendFiveAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var log = database.Get<AuditLog>();
        for (var i = 1; i <= 5; i++)
        {
            await log.AppendAsync("reviewer-1", "test.action", $"item/{i}", new Dictionary<string, string?> { ["n"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            database.Time.Advance(TimeSpan.FromSeconds(1.2345678));
        }

        return database;
    }
}
