using Microsoft.EntityFrameworkCore;

namespace Bulwark.Reporting.Outbox.Storage;

/// <summary>Which database the outbox uses, as a factory of fresh contexts, and bringing its schema up to date.</summary>
public sealed class ReportingDatabase
{
    private readonly Func<ReportingDbContext> _create;

    private ReportingDatabase(Func<ReportingDbContext> create, string provider)
    {
        _create = create;
        Provider = provider;
    }

    /// <summary>"sqlite" or "postgres".</summary>
    public string Provider { get; }

    public static ReportingDatabase Sqlite(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new ReportingDatabase(() => SqliteReportingDbContext.Create(connectionString), "sqlite");
    }

    public static ReportingDatabase Postgres(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new ReportingDatabase(() => PostgresReportingDbContext.Create(connectionString), "postgres");
    }

    /// <summary>A new context; the caller disposes it.</summary>
    public ReportingDbContext CreateContext() => _create();

    /// <summary>Applies the provider's migrations (creating the database file or tables when missing).</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var context = _create();
        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }
}
