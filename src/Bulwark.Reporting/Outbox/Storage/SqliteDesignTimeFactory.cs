using Microsoft.EntityFrameworkCore.Design;

namespace Bulwark.Reporting.Outbox.Storage;

// dotnet-ef builds the context through this when generating migrations; the database is never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteReportingDbContext>
{
    public SqliteReportingDbContext CreateDbContext(string[] args) => SqliteReportingDbContext.Create("Data Source=design-time.db");
}
