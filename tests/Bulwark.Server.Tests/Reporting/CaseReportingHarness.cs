using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Bulwark.Casework.Cases;
using Bulwark.Casework.Reviewers;
using Bulwark.Detection.Screening;
using Bulwark.Reporting.Ncmec.Client;
using Bulwark.Reporting.Outbox.Storage;
using Bulwark.Reporting.Tests.Fakes;
using Bulwark.Server.Reporting;
using Bulwark.Server.Tests.Console;
using Bulwark.Server.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Server.Tests.Reporting;

/// <summary>
/// The console's gateway with CyberTipline reporting pointed at the fake CyberTipline (outbox in its own temporary
/// SQLite file), and the steps that make a case: a user's blocked known image, optionally a withheld generated image,
/// and a reviewer's decision.
/// </summary>
internal sealed class CaseReportingHarness : IAsyncDisposable
{
    public const string Reviewer = "reviewer@example.org";
    public const string Lead = "lead@example.org";

    private readonly string _outboxFile;

    private CaseReportingHarness(FakeCyberTipline tipline, ConsoleHarness console, string outboxFile)
    {
        Tipline = tipline;
        Console = console;
        _outboxFile = outboxFile;
    }

    public FakeCyberTipline Tipline { get; }

    public ConsoleHarness Console { get; }

    public CaseReporting Reporting => Console.Services.GetRequiredService<CaseReporting>();

    public static ClaimsPrincipal LeadUser { get; } = Principal(Lead, ConsoleRoles.Lead);

    public static ClaimsPrincipal ReviewerUser { get; } = Principal(Reviewer, ConsoleRoles.Reviewer);

    public static async Task<CaseReportingHarness> StartAsync()
    {
        var tipline = await FakeCyberTipline.StartAsync();
        var outbox = Path.Combine(Path.GetTempPath(), $"bulwark-outbox-{Guid.NewGuid():N}.db");
        var console = await ConsoleHarness.StartAsync(Options(tipline, outbox), (Reviewer, ConsoleRoles.Reviewer), (Lead, ConsoleRoles.Lead));
        return new CaseReportingHarness(tipline, console, outbox);
    }

    /// <summary>The reporting options the harness uses, for the CLI's tests of the same setup.</summary>
    public static CaseReportingOptions Options(FakeCyberTipline tipline, string outboxFile) => new()
    {
        Ncmec = new NcmecOptions { Username = FakeCyberTipline.Username, Password = FakeCyberTipline.Password, BaseAddress = tipline.BaseAddress },
        SchemaPath = NcmecReference.SchemaPath,
        ReporterEmail = "safety@example.com",
        ReporterName = "Sam Safety",
        Platform = "Example Assistant",
        Outbox = ReportingDatabase.Sqlite($"Data Source={outboxFile};Pooling=False"),
    };

    /// <summary>The user sends the stand-in known image (a prompt incident) and, when asked, gets it back as a generated image (an output incident).</summary>
    public async Task<Guid> OpenCaseAsync(string user, bool alsoGenerated)
    {
        using (var blocked = await Console.SendImagePromptAsync(user, TestBanks.KnownImagePath))
        {
            Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);
        }

        var caseId = await Console.WaitForCaseAsync(user);
        if (alsoGenerated)
        {
            Console.Upstream.ImageAnswer = await File.ReadAllBytesAsync(TestBanks.KnownImagePath);
            using var client = Console.TenantClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/images/generations")
            {
                Content = new StringContent(new JsonObject { ["model"] = "fake-image", ["prompt"] = "a bridge", ["response_format"] = "b64_json" }.ToJsonString(), Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-Bulwark-User", user);
            using var withheld = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, withheld.StatusCode);
            await WaitForItemsAsync(caseId, 2);
        }

        return caseId;
    }

    /// <summary>A reviewer claims the case and decides it violating in <paramref name="category"/>.</summary>
    public async Task DecideViolatingAsync(Guid caseId, string category, string reason = "The image matches the bank entry.")
    {
        var cases = Console.Services.GetRequiredService<CaseService>();
        Assert.True(await cases.ClaimAsync(caseId, Reviewer));
        await cases.DecideAsync(caseId, Reviewer, ReviewVerdict.Violating, category, reason, Console.Services.GetRequiredService<Screener>().Policy);
    }

    public async ValueTask DisposeAsync()
    {
        await Console.DisposeAsync();
        await Tipline.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_outboxFile);
    }

    private static ClaimsPrincipal Principal(string name, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "test"));

    private async Task WaitForItemsAsync(Guid caseId, int count)
    {
        var cases = Console.Services.GetRequiredService<CaseService>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await cases.GetFileAsync(caseId))!.Incidents.Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Case {caseId} did not reach {count} incidents in ten seconds.");
            }

            await Task.Delay(20);
        }
    }
}
