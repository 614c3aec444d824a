using Bulwark.Casework.Reviewers;

namespace Bulwark.Server.Tests.Console;

/// <summary>One <see cref="ConsoleHarness"/> shared by a test class, with an account per role (and one to lock out).</summary>
public sealed class ConsoleHarnessFixture : IAsyncLifetime
{
    public static readonly IReadOnlyDictionary<string, string> Accounts = new Dictionary<string, string>
    {
        [ConsoleRoles.Reviewer] = "reviewer@example.org",
        [ConsoleRoles.Lead] = "lead@example.org",
        [ConsoleRoles.Admin] = "admin@example.org",
    };

    public const string LockoutAccount = "lockout@example.org";

    internal ConsoleHarness Harness { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Harness = await ConsoleHarness.StartAsync([.. Accounts.Select(a => (a.Value, a.Key)), (LockoutAccount, ConsoleRoles.Reviewer)]);

    public async Task DisposeAsync() => await Harness.DisposeAsync();
}
