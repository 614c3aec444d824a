namespace Bulwark.Casework.Storage;

/// <summary>Where casework is stored: the provider and its connection string.</summary>
public sealed class CaseworkStorageOptions
{
    /// <summary>The default SQLite connection string: <c>bulwark.db</c> in the working directory.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=bulwark.db";

    /// <summary>The database engine; SQLite unless set.</summary>
    public CaseworkProvider Provider { get; init; } = CaseworkProvider.Sqlite;

    /// <summary>The provider's connection string; defaults to <see cref="DefaultSqliteConnectionString"/>.</summary>
    public string ConnectionString { get; init; } = DefaultSqliteConnectionString;

    /// <summary>
    /// Options from the forms the CLI and configuration use: <paramref name="provider"/> is <c>sqlite</c> or
    /// <c>postgres</c>/<c>postgresql</c> (case-insensitive; null means SQLite), and <paramref name="database"/> is a
    /// connection string, or for SQLite also a bare file path (null means <c>bulwark.db</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The provider name is unknown, or PostgreSQL is chosen without a connection string.</exception>
    public static CaseworkStorageOptions Parse(string? provider, string? database)
    {
        var kind = provider?.Trim().ToUpperInvariant() switch
        {
            null or "" or "SQLITE" => CaseworkProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" or "NPGSQL" => CaseworkProvider.PostgreSql,
            _ => throw new ArgumentException($"Unknown database provider '{provider}': use 'sqlite' or 'postgres'.", nameof(provider)),
        };
        if (kind == CaseworkProvider.PostgreSql)
        {
            return string.IsNullOrWhiteSpace(database)
                ? throw new ArgumentException("PostgreSQL needs a connection string, e.g. 'Host=db;Database=bulwark;Username=bulwark'.", nameof(database))
                : new CaseworkStorageOptions { Provider = kind, ConnectionString = database };
        }

        if (string.IsNullOrWhiteSpace(database))
        {
            return new CaseworkStorageOptions();
        }

        return new CaseworkStorageOptions
        {
            ConnectionString = database.Contains('=', StringComparison.Ordinal) ? database : $"Data Source={database}",
        };
    }

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new InvalidOperationException($"Casework storage needs a connection string for {Provider}.");
        }
    }
}
