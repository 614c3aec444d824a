using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Bulwark.Casework.Access;
using Bulwark.Casework.Evidence;
using Bulwark.Casework.Reviewers;
using Bulwark.Casework.Storage;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Server.Gateway;
using Bulwark.Server.Reporting;
using Bulwark.Server.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bulwark.Server.Tests.Console;

/// <summary>
/// The gateway with storage (a temporary SQLite file and a generated master key) in front of a
/// <see cref="FakeModelServer"/>, matching inline images against the stand-in bank, with the console's accounts and a
/// tenant key. Automated enforcement is off, so only a reviewer's decision can suspend a user.
/// </summary>
internal sealed class ConsoleHarness : IAsyncDisposable
{
    public const string Password = "correct horse battery staple";
    public const string Tenant = "acme";

    private readonly WebApplication _gateway;
    private readonly string _databaseFile;

    private ConsoleHarness(FakeModelServer upstream, WebApplication gateway, Uri baseUrl, string databaseFile, string apiKey)
    {
        Upstream = upstream;
        _gateway = gateway;
        BaseUrl = baseUrl;
        _databaseFile = databaseFile;
        ApiKey = apiKey;
    }

    public FakeModelServer Upstream { get; }

    public Uri BaseUrl { get; }

    public string ApiKey { get; }

    public IServiceProvider Services => _gateway.Services;

    public static Task<ConsoleHarness> StartAsync(params (string Email, string Role)[] accounts) => StartAsync(null, accounts);

    /// <summary>The same, with CyberTipline reporting configured by <paramref name="reporting"/> (null: off).</summary>
    public static async Task<ConsoleHarness> StartAsync(CaseReportingOptions? reporting, params (string Email, string Role)[] accounts)
    {
        var upstream = await FakeModelServer.StartAsync();
        var file = Path.Combine(Path.GetTempPath(), $"bulwark-console-{Guid.NewGuid():N}.db");
        var screener = new Screener(new PolicyLoader().LoadDefault(), [new TextClassifierDetector(), new HashMatchDetector(TestBanks.StandInMatcher())]);
        var options = new GatewayOptions
        {
            Upstream = upstream.BaseUrl,
            Storage = new GatewayStorageOptions
            {
                Database = new CaseworkStorageOptions { ConnectionString = $"Data Source={file};Pooling=False" },
                EvidenceKeys = new MasterKeyRing("test", new Dictionary<string, byte[]> { ["test"] = RandomNumberGenerator.GetBytes(32) }),
                UpstreamCredentials = new Dictionary<string, string> { ["fake"] = "upstream-secret" },
                AutomatedEnforcement = false,
                Reporting = reporting,
            },
        };
        var gateway = GatewayApplication.Create(options, screener, ["http://127.0.0.1:0"], builder => builder.Logging.ClearProviders());
        await gateway.StartAsync();
        var address = gateway.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        await using (var scope = gateway.Services.CreateAsyncScope())
        {
            var created = scope.ServiceProvider.GetRequiredService<ConsoleAccountService>();
            foreach (var (email, role) in accounts)
            {
                Assert.Empty(await created.CreateAsync(email, Password, role, "test"));
            }
        }

        var key = await gateway.Services.GetRequiredService<ApiKeyService>().CreateAsync(Tenant, "fake", "test");
        return new ConsoleHarness(upstream, gateway, new Uri(address), file, key.Key);
    }

    /// <summary>A client that authenticates with the tenant's key.</summary>
    public HttpClient TenantClient()
    {
        var client = new HttpClient { BaseAddress = BaseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        return client;
    }

    /// <summary>An OpenAI chat request from <paramref name="user"/> with <paramref name="imagePath"/> inline.</summary>
    public async Task<HttpResponseMessage> SendImagePromptAsync(string user, string imagePath)
    {
        var data = Convert.ToBase64String(await File.ReadAllBytesAsync(imagePath));
        var body = new JsonObject
        {
            ["model"] = "fake-model",
            ["messages"] = new JsonArray(new JsonObject
            {
                ["role"] = "user",
                ["content"] = new JsonArray(
                    new JsonObject { ["type"] = "text", ["text"] = "What is in this picture?" },
                    new JsonObject { ["type"] = "image_url", ["image_url"] = new JsonObject { ["url"] = "data:image/jpeg;base64," + data } }),
            }),
        };
        using var client = TenantClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Bulwark-User", user);
        return await client.SendAsync(request);
    }

    /// <summary>Waits (at most ten seconds) until the incident writer has put <paramref name="user"/>'s incidents in a case.</summary>
    public async Task<Guid> WaitForCaseAsync(string user)
    {
        var contexts = Services.GetRequiredService<IDbContextFactory<CaseworkDbContext>>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            await using (var db = await contexts.CreateDbContextAsync())
            {
                var id = await db.Cases.Where(c => c.ExternalUserId == user && c.Status == Casework.Cases.CaseStatus.Open).Select(c => (Guid?)c.Id).FirstOrDefaultAsync();
                if (id is { } found)
                {
                    return found;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No case for {user} after ten seconds.");
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gateway.StopAsync();
        await _gateway.DisposeAsync();
        await Upstream.DisposeAsync();
        File.Delete(_databaseFile);
    }
}
