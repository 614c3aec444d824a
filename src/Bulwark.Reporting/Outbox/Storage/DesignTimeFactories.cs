using Microsoft.EntityFrameworkCore.Design;

namespace Bulwark.Reporting.Outbox.Storage;

// dotnet-ef builds the contexts through these when generating migrations; the connection strings are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteReportingDbContext>
{
    public SqliteReportingDbContext CreateDbContext(string[] args) => SqliteReportingDbContext.Create("Data Source=design-time.db");
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresReportingDbContext>
{
    public PostgresReportingDbContext CreateDbContext(string[] args) => PostgresReportingDbContext.Create("Host=localhost;Database=design_time");
}
