using Bulwark.Casework;
using Bulwark.Casework.Access;
using Bulwark.Casework.Storage;
using Bulwark.Cli.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Cli.Tests.Casework;

public sealed class KeysCommandTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("bulwark-keys-").FullName;

    private string Database => Path.Combine(_scratch, "bulwark.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_scratch, recursive: true);
    }

    [Fact]
    public async Task Create_prints_the_key_once_and_it_authenticates_to_the_tenant()
    {
        var run = await CliRun.RunAsync("keys", "create", "--tenant", "acme", "--upstream-credential", "openai-prod", "--database", Database);

        Assert.Equal(0, run.ExitCode);
        var key = Assert.Single(run.OutLines);
        Assert.StartsWith("bwk_", key, StringComparison.Ordinal);
        Assert.DoesNotContain(key, run.Error, StringComparison.Ordinal);
        await using var services = new ServiceCollection().AddCasework(CaseworkStorageOptions.Parse("sqlite", Database)).BuildServiceProvider();
        var identity = await services.GetRequiredService<ApiKeyService>().AuthenticateAsync(key);
        Assert.Equal(("acme", "openai-prod"), (identity?.TenantId, identity?.UpstreamCredential));
    }

    [Fact]
    public async Task Revoke_stops_the_key()
    {
        var created = await CliRun.RunAsync("keys", "create", "--tenant", "acme", "--upstream-credential", "openai-prod", "--database", Database);
        var key = created.OutLines[0];
        await using var services = new ServiceCollection().AddCasework(CaseworkStorageOptions.Parse("sqlite", Database)).BuildServiceProvider();
        var keys = services.GetRequiredService<ApiKeyService>();
        var id = (await keys.AuthenticateAsync(key))!.KeyId;

        var revoked = await CliRun.RunAsync("keys", "revoke", id.ToString(), "--database", Database);
        var again = await CliRun.RunAsync("keys", "revoke", id.ToString(), "--database", Database);

        Assert.Equal(0, revoked.ExitCode);
        // Another process (a gateway) that has not seen the key since: refused at once. One that authenticated it
        // moments ago sees the revocation within the key cache's TTL (ApiKeyServiceTests).
        await using var elsewhere = new ServiceCollection().AddCasework(CaseworkStorageOptions.Parse("sqlite", Database)).BuildServiceProvider();
        Assert.Null(await elsewhere.GetRequiredService<ApiKeyService>().AuthenticateAsync(key));
        Assert.Equal(1, again.ExitCode);
    }

    [Fact]
    public async Task Unknown_provider_is_a_clear_error()
    {
        var run = await CliRun.RunAsync("keys", "create", "--tenant", "acme", "--upstream-credential", "x", "--provider", "oracle");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Unknown database provider 'oracle'", run.Error, StringComparison.Ordinal);
    }
}
