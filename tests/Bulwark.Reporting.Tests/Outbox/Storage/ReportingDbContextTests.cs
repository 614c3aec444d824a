using Bulwark.Reporting.Outbox.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Reporting.Tests.Outbox.Storage;

public sealed class ReportingDbContextTests
{
    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var context = SqliteReportingDbContext.Create("Data Source=:memory:");

        Assert.False(context.Database.HasPendingModelChanges(), "Add a SQLite migration (see Outbox/Storage/README.md).");
    }

    [Fact]
    public void Postgres_migrations_match_the_model()
    {
        using var context = PostgresReportingDbContext.Create("Host=localhost;Database=unused");

        Assert.False(context.Database.HasPendingModelChanges(), "Add a PostgreSQL migration (see Outbox/Storage/README.md).");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlite = SqliteReportingDbContext.Create("Data Source=:memory:");
        using var postgres = PostgresReportingDbContext.Create("Host=localhost;Database=unused");

        static IEnumerable<string> Names(DbContext context) => context.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]);

        Assert.Equal(Names(sqlite), Names(postgres));
        Assert.NotEmpty(Names(sqlite));
    }
}
