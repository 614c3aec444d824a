using System.Security.Cryptography;
using Bulwark.Casework.Evidence;
using Bulwark.Casework.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Bulwark.Casework.Tests.Support;

/// <summary>
/// A fresh, migrated casework database for one test, on SQLite (a temp file) or on the test PostgreSQL server (its
/// own database, dropped afterwards), with the services wired the way <c>AddCasework</c> wires them.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly ServiceProvider _services;
    private readonly Func<Task> _cleanup;

    private TestDatabase(string provider, CaseworkStorageOptions storage, ServiceProvider services, FakeTimeProvider time, Func<Task> cleanup)
    {
        Provider = provider;
        Storage = storage;
        _services = services;
        Time = time;
        _cleanup = cleanup;
    }

    /// <summary>SQLite always; PostgreSQL when a server is configured or required (then a missing server fails the test).</summary>
    public static TheoryData<string> Providers
    {
        get
        {
            var data = new TheoryData<string> { Sqlite };
            if (PostgresTestServer.ConnectionString is not null || PostgresTestServer.Required)
            {
                data.Add(Postgres);
            }

            return data;
        }
    }

    public string Provider { get; }

    public CaseworkStorageOptions Storage { get; }

    public FakeTimeProvider Time { get; }

    public string? SqliteFile => Provider == Sqlite ? Storage.ConnectionString.Split('=', ';')[1] : null;

    public static MasterKeyRing NewKeyRing(string id = "k1") =>
        new(id, new Dictionary<string, byte[]> { [id] = RandomNumberGenerator.GetBytes(32) });

    public static async Task<TestDatabase> CreateAsync(string provider, MasterKeyRing? keys = null)
    {
        CaseworkStorageOptions storage;
        Func<Task> cleanup;
        if (provider == Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"bulwark-casework-{Guid.NewGuid():N}.db");
            storage = new CaseworkStorageOptions { ConnectionString = $"Data Source={file};Pooling=False" };
            cleanup = () =>
            {
                File.Delete(file);
                return Task.CompletedTask;
            };
        }
        else
        {
            var admin = PostgresTestServer.RequireConnectionString();
            var name = $"bulwark_casework_{Guid.NewGuid():N}";
            await ExecuteAdminAsync(admin, $"CREATE DATABASE {name}");
            var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
            storage = new CaseworkStorageOptions { Provider = CaseworkProvider.PostgreSql, ConnectionString = builder.ConnectionString };
            cleanup = async () =>
            {
                // The pool is this database's alone (the name is in the connection string); empty it before dropping.
                await using (var connection = new NpgsqlConnection(builder.ConnectionString))
                {
                    NpgsqlConnection.ClearPool(connection);
                }

                await ExecuteAdminAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            };
        }

        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .AddCasework(storage, options => options.MasterKeys = keys ?? NewKeyRing())
            .BuildServiceProvider();
        var database = new TestDatabase(provider, storage, services, time, cleanup);
        await services.GetRequiredService<CaseworkDatabase>().MigrateAsync();
        return database;
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public IServiceScope CreateScope() => _services.CreateScope();

    public CaseworkDbContext NewContext() => Get<IDbContextFactory<CaseworkDbContext>>().CreateDbContext();

    /// <summary>Runs SQL directly against the database, as an attacker or a careless operator would.</summary>
    public async Task ExecuteSqlAsync(string sql)
    {
        await using var db = NewContext();
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _cleanup();
    }

    private static async Task ExecuteAdminAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
