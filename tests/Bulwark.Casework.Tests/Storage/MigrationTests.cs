using Bulwark.Casework.Storage;
using Bulwark.Casework.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Casework.Tests.Storage;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_apply_cleanly_on_sqlite() => await AssertMigratesAsync(TestDatabase.Sqlite);

    [PostgresFact]
    public async Task Migrations_apply_cleanly_on_postgres() => await AssertMigratesAsync(TestDatabase.Postgres);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrating_twice_is_harmless(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.Get<CaseworkDatabase>().MigrateAsync();
        await using var db = database.NewContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public void Both_providers_migrations_match_the_model()
    {
        // A model change without regenerated migrations for BOTH providers fails here (see Storage/README.md).
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(sqlite.Database.HasPendingModelChanges(), "SQLite migrations are behind the model.");
        Assert.False(postgres.Database.HasPendingModelChanges(), "PostgreSQL migrations are behind the model.");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Scoped_context_and_factory_use_the_configured_provider(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();

        Assert.Equal(provider == TestDatabase.Sqlite ? "Microsoft.EntityFrameworkCore.Sqlite" : "Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
        using var scope = database.CreateScope();
        Assert.Equal(db.Database.ProviderName, scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().Database.ProviderName);
    }

    [Fact]
    public void Storage_options_parse_cli_forms()
    {
        Assert.Equal(CaseworkStorageOptions.DefaultSqliteConnectionString, CaseworkStorageOptions.Parse(null, null).ConnectionString);
        Assert.Equal("Data Source=/tmp/x.db", CaseworkStorageOptions.Parse("sqlite", "/tmp/x.db").ConnectionString);
        Assert.Equal(CaseworkProvider.PostgreSql, CaseworkStorageOptions.Parse("postgres", "Host=h;Database=d").Provider);
        Assert.Throws<ArgumentException>(() => CaseworkStorageOptions.Parse("postgres", null));
        Assert.Throws<ArgumentException>(() => CaseworkStorageOptions.Parse("oracle", "x"));
    }

    private static async Task AssertMigratesAsync(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }
}
