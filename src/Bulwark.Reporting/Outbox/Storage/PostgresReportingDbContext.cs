using Microsoft.EntityFrameworkCore;

namespace Bulwark.Reporting.Outbox.Storage;

/// <summary>The outbox on PostgreSQL (Npgsql), for deployments with a real database server.</summary>
public sealed class PostgresReportingDbContext(DbContextOptions<PostgresReportingDbContext> options) : ReportingDbContext(options)
{
    public static PostgresReportingDbContext Create(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgresReportingDbContext>().UseNpgsql(connectionString).Options);
}
