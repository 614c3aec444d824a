using System.Net;
using Bulwark.Casework.Cases;
using Bulwark.Casework.Reviewers;
using Bulwark.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Server.Tests.Console;

/// <summary>Every role against every guarded console action: what it may do, and what it is refused.</summary>
public sealed class ConsoleAuthorizationTests(ConsoleHarnessFixture fixture) : IClassFixture<ConsoleHarnessFixture>
{
    private static readonly IReadOnlyDictionary<string, string> Accounts = ConsoleHarnessFixture.Accounts;

    private readonly ConsoleHarness _harness = fixture.Harness;

    public static TheoryData<string, string, bool> RoleActions => new()
    {
        // role ("anonymous" = not signed in), action, allowed
        { "anonymous", "view queues", false },
        { "anonymous", "view dashboard", false },
        { "anonymous", "view appeals", false },
        { ConsoleRoles.Reviewer, "view queues", true },
        { ConsoleRoles.Reviewer, "view dashboard", true },
        { ConsoleRoles.Reviewer, "view appeals", false },
        { ConsoleRoles.Reviewer, "claim from escalated", false },
        { ConsoleRoles.Reviewer, "claim from known-images", true },
        { ConsoleRoles.Lead, "view appeals", true },
        { ConsoleRoles.Lead, "claim from escalated", true },
        { ConsoleRoles.Admin, "view appeals", true },
        { ConsoleRoles.Admin, "claim from escalated", true },
    };

    [Theory]
    [MemberData(nameof(RoleActions))]
    public async Task Role_may_do_only_what_it_is_allowed(string role, string action, bool allowed)
    {
        using var client = await ConsoleClient.SignInAsync(_harness.BaseUrl, Accounts.GetValueOrDefault(role));
        using var response = action switch
        {
            "view queues" => await client.GetAsync("/console"),
            "view dashboard" => await client.GetAsync("/console/dashboard"),
            "view appeals" => await client.GetAsync("/console/appeals"),
            "claim from escalated" => await ClaimAsync(client, "escalated"),
            "claim from known-images" => await ClaimAsync(client, "known-images"),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };

        var refused = response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/console/denied", StringComparison.Ordinal))
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.EndsWith("/console/sign-in", StringComparison.Ordinal));
        Assert.Equal(allowed, !refused);
    }

    [Fact]
    public async Task A_form_without_the_antiforgery_token_is_refused()
    {
        using var client = await ConsoleClient.SignInAsync(_harness.BaseUrl, Accounts[ConsoleRoles.Lead]);

        using var response = await client.PostWithoutTokenAsync("/console/queues/known-images?handler=ClaimNext", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_the_account_locks_after_five()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var anonymous = await ConsoleClient.SignInAsync(_harness.BaseUrl, null);
            using var failed = await anonymous.PostFormAsync("/console/sign-in", "/console/sign-in", new() { ["Email"] = ConsoleHarnessFixture.LockoutAccount, ["Password"] = "not the password at all" });
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using var client = await ConsoleClient.SignInAsync(_harness.BaseUrl, null);
        using var locked = await client.PostFormAsync("/console/sign-in", "/console/sign-in", new() { ["Email"] = ConsoleHarnessFixture.LockoutAccount, ["Password"] = ConsoleHarness.Password });

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> ClaimAsync(ConsoleClient client, string queue)
    {
        // A fresh open case in the queue, so that an allowed claim has something to take.
        var user = "user-" + Guid.NewGuid().ToString("N");
        using (var blocked = await _harness.SendImagePromptAsync(user, TestBanks.KnownImagePath))
        {
            Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);
        }

        var caseId = await _harness.WaitForCaseAsync(user);
        if (queue == "escalated")
        {
            var cases = _harness.Services.GetRequiredService<CaseService>();
            Assert.True(await cases.ClaimAsync(caseId, "setup"));
            await cases.DecideAsync(caseId, "setup", ReviewVerdict.Escalate, null, "setup", _harness.Services.GetRequiredService<Bulwark.Detection.Screening.Screener>().Policy);
        }

        using var page = await client.GetAsync("/console");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await client.PostFormAsync("/console", $"/console/queues/{queue}?handler=ClaimNext", []);
    }
}
