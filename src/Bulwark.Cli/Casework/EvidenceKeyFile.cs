using Bulwark.Casework.Evidence;
using Bulwark.Casework.Storage;
using Microsoft.Data.Sqlite;

namespace Bulwark.Cli.Casework;

/// <summary>
/// Where the evidence vault's master keys come from when the environment names none: a key file beside a SQLite
/// database, which <c>bulwark serve</c> (and <c>bulwark scan --incidents</c>) create on first use, readable only by
/// the owner. PostgreSQL serves several processes, which must share keys, so it has no such default.
/// </summary>
internal static class EvidenceKeyFile
{
    public const string FileName = "bulwark-evidence.key";

    /// <summary>The key file's path beside a SQLite database; null for PostgreSQL.</summary>
    public static string? Beside(CaseworkStorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        if (storage.Provider != CaseworkProvider.Sqlite)
        {
            return null;
        }

        var database = new SqliteConnectionStringBuilder(storage.ConnectionString).DataSource;
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database)) ?? ".", FileName);
    }

    /// <summary>
    /// The keys: the environment's, else the key file beside a SQLite database, created on first use (said on standard
    /// error, with the advice to back it up); null, with a message, for PostgreSQL without configured keys.
    /// </summary>
    public static async Task<MasterKeyRing?> FindOrCreateAsync(CaseworkStorageOptions storage, CommandOutput output, CancellationToken cancellationToken)
    {
        if (MasterKeyRing.FromEnvironment() is { } configured)
        {
            return configured;
        }

        if (Beside(storage) is not { } keyFile)
        {
            output.Error.WriteLine($"bulwark: with PostgreSQL, set the evidence master keys in ${MasterKeyRing.KeysVariable} or ${MasterKeyRing.KeyFileVariable} (every process that uses the database needs the same keys).");
            return null;
        }

        var existed = File.Exists(keyFile);
        var keys = await MasterKeyRing.LoadOrCreateFileAsync(keyFile, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        if (!existed)
        {
            output.Error.WriteLine($"bulwark: created the evidence key file {keyFile} (readable only by you). Back it up: evidence sealed under a lost key is lost.");
        }

        return keys;
    }
}
