using Microsoft.EntityFrameworkCore;

namespace Bulwark.Casework.Storage;

/// <summary>The casework database as a whole: applying migrations at start-up.</summary>
public sealed class CaseworkDatabase
{
    private readonly IDbContextFactory<CaseworkDbContext> _contexts;

    /// <summary>Creates the database handle.</summary>
    public CaseworkDatabase(IDbContextFactory<CaseworkDbContext> contexts)
    {
        _contexts = contexts;
    }

    /// <summary>
    /// Creates the database if needed and applies every pending migration of the configured provider. Call once at
    /// start-up, before serving; safe to call when the schema is already current.
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }
}
