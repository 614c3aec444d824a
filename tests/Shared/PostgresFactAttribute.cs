namespace Bulwark.Tests.Shared;

/// <summary>
/// A fact that needs the real PostgreSQL server scripts/test.sh starts (connection string in
/// <c>BULWARK_TEST_POSTGRES</c>). Without it the test is skipped with a reason, unless
/// <c>BULWARK_REQUIRE_POSTGRES=1</c> (set by scripts/test.sh, so CI can never skip them silently), in which case it runs
/// and fails on the missing server.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresTestServer.ConnectionString is null && !PostgresTestServer.Required)
        {
            Skip = "No PostgreSQL server: run scripts/test.sh, or set BULWARK_TEST_POSTGRES to a connection string.";
        }
    }
}

/// <summary>Where the storage tests' PostgreSQL server is; see <see cref="PostgresFactAttribute"/>.</summary>
internal static class PostgresTestServer
{
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable("BULWARK_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    public static bool Required => Environment.GetEnvironmentVariable("BULWARK_REQUIRE_POSTGRES") == "1";

    /// <summary>The server's connection string, or a clear failure when the suite was told it must have one.</summary>
    public static string RequireConnectionString() =>
        ConnectionString ?? throw new InvalidOperationException(
            "BULWARK_REQUIRE_POSTGRES=1 but BULWARK_TEST_POSTGRES is not set: scripts/postgres.sh did not start a server.");
}
