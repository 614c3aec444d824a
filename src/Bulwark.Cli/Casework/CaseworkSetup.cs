using System.CommandLine;
using Bulwark.Casework;
using Bulwark.Casework.Evidence;
using Bulwark.Casework.Reviewers;
using Bulwark.Casework.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Cli.Casework;

/// <summary>The <c>--database</c> and <c>--provider</c> options shared by the commands that use the casework database.</summary>
internal sealed class CaseworkSetup
{
    public const string DatabaseVariable = "BULWARK_DATABASE";
    public const string ProviderVariable = "BULWARK_DATABASE_PROVIDER";

    private readonly Option<string?> _database = new("--database")
    {
        Description = $"The casework database: a SQLite file path or connection string, or a PostgreSQL connection string with\n" +
            $"--provider postgres. Default: ${DatabaseVariable}, else bulwark.db in the working directory.",
    };

    private readonly Option<string?> _provider = new("--provider")
    {
        Description = $"sqlite (default) or postgres. Default: ${ProviderVariable}, else sqlite.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_database);
        command.Options.Add(_provider);
    }

    /// <summary>
    /// The casework services over the chosen database, migrated; null (with a message) when the options are wrong
    /// or, with <paramref name="mustExist"/>, when a SQLite file is missing (so a typo does not create an empty database).
    /// <c>keys</c>, when given, finds the evidence master keys for the chosen database (null: the environment's).
    /// </summary>
    public async Task<ServiceProvider?> CreateAsync(
        ParseResult parseResult,
        CommandOutput output,
        bool mustExist,
        CancellationToken cancellationToken,
        bool accounts = false,
        Func<CaseworkStorageOptions, CancellationToken, Task<MasterKeyRing?>>? keys = null)
    {
        CaseworkStorageOptions storage;
        try
        {
            storage = CaseworkStorageOptions.Parse(
                parseResult.GetValue(_provider) ?? Environment.GetEnvironmentVariable(ProviderVariable),
                parseResult.GetValue(_database) ?? Environment.GetEnvironmentVariable(DatabaseVariable));
        }
        catch (ArgumentException exception)
        {
            output.Error.WriteLine($"bulwark: {exception.Message}");
            return null;
        }

        if (mustExist && storage.Provider == CaseworkProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(storage.ConnectionString).DataSource;
            if (!File.Exists(file))
            {
                output.Error.WriteLine($"bulwark: no casework database at '{Path.GetFullPath(file)}' (see --database).");
                return null;
            }
        }

        ServiceProvider services;
        try
        {
            var ring = keys is null ? null : await keys(storage, cancellationToken).ConfigureAwait(false);
            var collection = new ServiceCollection().AddCasework(storage, options => options.MasterKeys = ring);
            if (accounts)
            {
                collection.AddConsoleAccounts();
            }

            services = collection.BuildServiceProvider();
        }
        catch (FormatException exception)
        {
            // A malformed BULWARK_EVIDENCE_KEYS; the message names the key id, never the key.
            output.Error.WriteLine($"bulwark: {exception.Message}");
            return null;
        }

        await services.GetRequiredService<CaseworkDatabase>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        return services;
    }

    /// <summary>The actor recorded in the audit log for a command-line action.</summary>
    public static string Actor => $"cli:{Environment.UserName}";
}
