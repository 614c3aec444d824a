using Npgsql;

namespace Bulwark.Scanning.Cluster.Silos;

/// <summary>
/// Creates the Orleans membership tables and queries in a PostgreSQL database when they are missing. The
/// Orleans ADO.NET package ships no scripts, so Bulwark carries its own (PostgresMembership.sql, embedded); silos
/// starting at once take an advisory lock so only one creates them.
/// </summary>
internal static class PostgresMembershipSchema
{
    /// <summary>An arbitrary constant that names this schema's lock among the database's advisory locks.</summary>
    private const long LockKey = 0x42_75_6C_77_61_72_6B;

    public static async Task EnsureAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, Script(), cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(sql, connection);
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Script()
    {
        using var stream = typeof(PostgresMembershipSchema).Assembly.GetManifestResourceStream("Bulwark.Scanning.Cluster.PostgresMembership.sql")
            ?? throw new InvalidOperationException("The embedded membership schema is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
