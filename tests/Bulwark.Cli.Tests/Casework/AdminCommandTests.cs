using Bulwark.Casework;
using Bulwark.Casework.Audit;
using Bulwark.Casework.Reviewers;
using Bulwark.Casework.Storage;
using Bulwark.Cli.Casework;
using Bulwark.Cli.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Cli.Tests.Casework;

public sealed class AdminCommandTests : IDisposable
{
    private const string Password = "a long enough passphrase";

    private readonly string _scratch = Directory.CreateTempSubdirectory("bulwark-admin-").FullName;

    public AdminCommandTests() => Environment.SetEnvironmentVariable(AdminCommand.PasswordVariable, Password);

    private string Database => Path.Combine(_scratch, "bulwark.db");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(AdminCommand.PasswordVariable, null);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_scratch, recursive: true);
    }

    [Fact]
    public async Task Create_makes_an_admin_whose_password_is_stored_hashed_and_audited()
    {
        var run = await CliRun.RunAsync("admin", "create", "--email", "first@example.org", "--database", Database);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(Password, run.Out + run.Error, StringComparison.Ordinal);
        var services = new ServiceCollection().AddCasework(CaseworkStorageOptions.Parse("sqlite", Database));
        services.AddConsoleAccounts();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        var user = await users.FindByEmailAsync("first@example.org");
        Assert.NotNull(user);
        Assert.True(await users.CheckPasswordAsync(user, Password));
        Assert.DoesNotContain(Password, user.PasswordHash, StringComparison.Ordinal);
        Assert.Equal([ConsoleRoles.Admin], await users.GetRolesAsync(user));
        var audit = await provider.GetRequiredService<AuditLog>().VerifyAsync();
        Assert.Equal(1, audit.EntryCount);
    }

    [Fact]
    public async Task A_short_password_an_unknown_role_and_a_taken_email_are_refused()
    {
        Environment.SetEnvironmentVariable(AdminCommand.PasswordVariable, "short");
        var weak = await CliRun.RunAsync("admin", "create", "--email", "a@example.org", "--database", Database);
        Environment.SetEnvironmentVariable(AdminCommand.PasswordVariable, Password);
        var role = await CliRun.RunAsync("admin", "create", "--email", "a@example.org", "--role", "owner", "--database", Database);
        var first = await CliRun.RunAsync("admin", "create", "--email", "a@example.org", "--database", Database);
        var taken = await CliRun.RunAsync("admin", "create", "--email", "a@example.org", "--database", Database);

        Assert.Equal((1, 1, 0, 1), (weak.ExitCode, role.ExitCode, first.ExitCode, taken.ExitCode));
        Assert.Contains("12", weak.Error, StringComparison.Ordinal);
        Assert.Contains("Unknown role 'owner'", role.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Password_is_never_an_option()
    {
        var run = await CliRun.RunAsync("admin", "create", "--email", "a@example.org", "--password", Password, "--database", Database);

        Assert.NotEqual(0, run.ExitCode);
        Assert.False(File.Exists(Database));
    }
}
