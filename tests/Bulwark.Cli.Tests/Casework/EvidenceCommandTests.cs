using System.Security.Cryptography;
using Bulwark.Casework;
using Bulwark.Casework.Evidence;
using Bulwark.Casework.Storage;
using Bulwark.Cli.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Cli.Tests.Casework;

public sealed class EvidenceCommandTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("bulwark-evidence-").FullName;

    private string Database => Path.Combine(_scratch, "bulwark.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_scratch, recursive: true);
    }

    [Fact]
    public async Task Purge_deletes_what_retention_no_longer_keeps()
    {
        var services = new ServiceCollection()
            .AddCasework(CaseworkStorageOptions.Parse(null, Database), options => options.MasterKeys = new MasterKeyRing("k", new Dictionary<string, byte[]> { ["k"] = RandomNumberGenerator.GetBytes(32) }))
            .BuildServiceProvider();
        await using (services)
        {
            await services.GetRequiredService<CaseworkDatabase>().MigrateAsync();
            var vault = services.GetRequiredService<EvidenceVault>();
            await vault.StoreAsync(new byte[] { 1 }, "application/octet-stream", retention: TimeSpan.FromTicks(-1));
            await vault.StoreAsync(new byte[] { 2 }, "application/octet-stream");
        }

        var run = await CliRun.RunAsync("evidence", "purge", "--database", Database);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("purged 1 evidence item(s)", run.OutLines[0]);
    }

    [Fact]
    public async Task Rotate_without_master_keys_says_where_to_put_them()
    {
        await CliRun.RunAsync("keys", "create", "--tenant", "acme", "--upstream-credential", "x", "--database", Database);

        var run = await CliRun.RunAsync("evidence", "rotate", "--database", Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("BULWARK_EVIDENCE_KEYS", run.Error, StringComparison.Ordinal);
    }
}
