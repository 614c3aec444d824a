using Bulwark.Cli.Tests.Support;

namespace Bulwark.Cli.Tests.Serving;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Help_teaches_the_routes_and_the_options()
    {
        var run = await CliRun.RunAsync("serve", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("/v1/chat/completions", run.Out, StringComparison.Ordinal);
        Assert.Contains("/v1/messages", run.Out, StringComparison.Ordinal);
        Assert.Contains("/v1/completions", run.Out, StringComparison.Ordinal);
        Assert.Contains("/v1/responses", run.Out, StringComparison.Ordinal);
        Assert.Contains("--upstream", run.Out, StringComparison.Ordinal);
        Assert.Contains("--policy", run.Out, StringComparison.Ordinal);
        Assert.Contains("--passthrough", run.Out, StringComparison.Ordinal);
        Assert.Contains("--hold-back-chars", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hold_back_window_must_not_be_negative()
    {
        var run = await CliRun.RunAsync("serve", "--upstream", "http://127.0.0.1:9", "--hold-back-chars", "-1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("hold-back window", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upstream_is_required()
    {
        var run = await CliRun.RunAsync("serve");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--upstream", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upstream_must_be_http()
    {
        var run = await CliRun.RunAsync("serve", "--upstream", "ftp://127.0.0.1/");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("absolute http or https", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serves_until_cancelled()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var cancellation = new CancellationTokenSource();
        var directory = Directory.CreateTempSubdirectory("bulwark-serve-");
        var serving = BulwarkCli.RunAsync(["serve", "--urls", "http://127.0.0.1:0", "--upstream", "http://127.0.0.1:9", "--database", Path.Combine(directory.FullName, "bulwark.db")], new CommandOutput(output, error), cancellation.Token);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!error.ToString().Contains("gateway on", StringComparison.Ordinal) && DateTime.UtcNow < deadline && !serving.IsCompleted)
        {
            await Task.Delay(20);
        }

        var started = error.ToString();
        var address = started.Split("gateway on ")[1].Split(' ')[0];
        using var client = new HttpClient();
        var health = await client.GetStringAsync(new Uri(new Uri(address), "/healthz"));
        await cancellation.CancelAsync();

        Assert.Contains("\"ok\"", health, StringComparison.Ordinal);
        Assert.Equal(0, await serving);
        Assert.Contains("storage: SQLite", started, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(directory.FullName, "bulwark.db")), "The database is created on first start.");
        Assert.True(File.Exists(Path.Combine(directory.FullName, "bulwark-evidence.key")), "An evidence key file is created beside it.");
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(directory.FullName, "bulwark-evidence.key")));
        }

        directory.Delete(recursive: true);
    }

    [Fact]
    public async Task A_config_file_may_give_the_upstream_and_per_route_upstreams()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, """{"Gateway":{"Upstream":"http://127.0.0.1:9","Upstreams":{"messages":"ftp://127.0.0.1/"}}}""");

            var run = await CliRun.RunAsync("serve", "--config", file);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("The upstream of /v1/messages must be an absolute http or https address", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_conversation_memory_size_that_is_not_a_number_is_named()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, """{"Gateway":{"Upstream":"http://127.0.0.1:9","ConversationMemoryChars":"lots"}}""");

            var run = await CliRun.RunAsync("serve", "--config", file);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("Gateway:ConversationMemoryChars must be a whole number of characters", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task An_unknown_route_in_the_config_is_named()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, """{"Gateway":{"Upstreams":{"embeddings":"http://127.0.0.1:9"}}}""");

            var run = await CliRun.RunAsync("serve", "--upstream", "http://127.0.0.1:9", "--config", file);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("Gateway:Upstreams:embeddings: unknown route", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_malformed_config_file_is_a_clear_error()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, "{ not json");

            var run = await CliRun.RunAsync("serve", "--upstream", "http://127.0.0.1:9", "--config", file);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("bulwark: configuration:", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
