using Microsoft.EntityFrameworkCore.Design;

namespace Bulwark.Reporting.Outbox.Storage;

// dotnet-ef builds the context through this when generating migrations; the server is never contacted.
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresReportingDbContext>
{
    public PostgresReportingDbContext CreateDbContext(string[] args) => PostgresReportingDbContext.Create("Host=localhost;Database=design_time");
}
