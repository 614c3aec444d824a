using Microsoft.EntityFrameworkCore;

namespace Bulwark.Reporting.Outbox.Storage;

/// <summary>The outbox on SQLite (the default: one file beside the server).</summary>
public sealed class SqliteReportingDbContext(DbContextOptions<SqliteReportingDbContext> options) : ReportingDbContext(options)
{
    /// <summary>A context for <paramref name="connectionString"/> (e.g. <c>Data Source=reporting.db</c>).</summary>
    public static SqliteReportingDbContext Create(string connectionString) =>
        new(new DbContextOptionsBuilder<SqliteReportingDbContext>().UseSqlite(connectionString).Options);
}
