using Microsoft.EntityFrameworkCore;

namespace Bulwark.Casework.Storage;

/// <summary>
/// Creates the provider's <see cref="CaseworkDbContext"/> from <see cref="CaseworkStorageOptions"/>. Registered as
/// <see cref="IDbContextFactory{TContext}"/> so singletons on the gateway's hot path each take a short-lived context.
/// </summary>
internal sealed class CaseworkContextFactory : IDbContextFactory<CaseworkDbContext>
{
    private readonly Func<CaseworkDbContext> _create;

    public CaseworkContextFactory(CaseworkStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        switch (options.Provider)
        {
            case CaseworkProvider.Sqlite:
                var sqlite = new DbContextOptionsBuilder<SqliteCaseworkDbContext>()
                    .UseSqlite(options.ConnectionString)
                    .Options;
                _create = () => new SqliteCaseworkDbContext(sqlite);
                break;
            case CaseworkProvider.PostgreSql:
                var postgres = new DbContextOptionsBuilder<PostgresCaseworkDbContext>()
                    .UseNpgsql(options.ConnectionString)
                    .Options;
                _create = () => new PostgresCaseworkDbContext(postgres);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown casework provider.");
        }

        Provider = options.Provider;
    }

    public CaseworkProvider Provider { get; }

    public CaseworkDbContext CreateDbContext() => _create();
}
