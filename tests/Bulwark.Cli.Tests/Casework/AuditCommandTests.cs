using Bulwark.Cli.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Bulwark.Cli.Tests.Casework;

public sealed class AuditCommandTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("bulwark-audit-").FullName;

    private string Database => Path.Combine(_scratch, "bulwark.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_scratch, recursive: true);
    }

    [Fact]
    public async Task Verify_reports_an_intact_log_with_its_head_hash()
    {
        await CliRun.RunAsync("keys", "create", "--tenant", "acme", "--upstream-credential", "x", "--database", Database);

        var run = await CliRun.RunAsync("audit", "verify", "--database", Database);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches("^audit log intact: 1 entries, head [0-9a-f]{64}$", run.OutLines[0]);
    }

    [Fact]
    public async Task Verify_names_the_edited_entry_and_exits_3()
    {
        await CliRun.RunAsync("keys", "create", "--tenant", "acme", "--upstream-credential", "x", "--database", Database);
        await CliRun.RunAsync("keys", "create", "--tenant", "acme", "--upstream-credential", "y", "--database", Database);
        await using (var connection = new SqliteConnection($"Data Source={Database}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE audit_log SET \"Actor\" = 'nobody' WHERE \"Sequence\" = 1";
            await command.ExecuteNonQueryAsync();
        }

        var run = await CliRun.RunAsync("audit", "verify", "--database", Database);

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith("audit log BROKEN at entry 1:", run.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_refuses_a_missing_database_instead_of_creating_one()
    {
        var run = await CliRun.RunAsync("audit", "verify", "--database", Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no casework database", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Database));
    }
}
