using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bulwark.Casework.Reviewers;
using Bulwark.Server.Tests.Support;
using Microsoft.Playwright;

namespace Bulwark.Server.Tests.Console;

/// <summary>The console in a real browser: from a blocked gateway request to a decision, an enforced refusal and a reversed appeal.</summary>
public sealed class ConsoleEndToEndTests
{
    private const string User = "user-42";
    private const string ReviewerA = "reviewer-a@example.org";
    private const string ReviewerB = "reviewer-b@example.org";
    private const string Lead = "lead@example.org";

    [Fact]
    public async Task A_known_image_is_reviewed_blurred_confirmed_enforced_and_reversed_on_appeal()
    {
        await using var harness = await ConsoleHarness.StartAsync((ReviewerA, ConsoleRoles.Reviewer), (ReviewerB, ConsoleRoles.Reviewer), (Lead, ConsoleRoles.Lead));
        await using var browser = await ConsoleBrowser.LaunchAsync();

        // A user sends the stand-in known image: withheld, recorded, and a case opens in the known-images queue.
        using (var blocked = await harness.SendImagePromptAsync(User, TestBanks.KnownImagePath))
        {
            Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);
            Assert.StartsWith("report; category=known_image_match", blocked.Headers.GetValues("X-Bulwark-Decision").Single(), StringComparison.Ordinal);
        }

        var caseId = await harness.WaitForCaseAsync(User);
        Assert.Empty(harness.Upstream.Requests);

        // Reviewer A signs in, sees the queue and claims the case.
        var a = await browser.SignInAsync(harness.BaseUrl, ReviewerA, screenshot: "sign-in");
        var knownImages = a.GetByRole(AriaRole.Row).Filter(new() { HasText = "known-images" });
        await Assertions.Expect(knownImages.GetByRole(AriaRole.Cell).First).ToHaveTextAsync("1");
        await ConsoleBrowser.ScreenshotAsync(a, "queues");
        await knownImages.GetByRole(AriaRole.Button, new() { Name = "Claim next case from known-images" }).ClickAsync();
        await a.WaitForURLAsync($"**/console/cases/{caseId}");

        // The image is loaded through the vault, blurred and greyscale until revealed.
        var image = a.Locator("img.evidence-image");
        await Assertions.Expect(image).ToHaveCountAsync(1);
        await a.WaitForFunctionAsync("() => document.querySelector('img.evidence-image').naturalWidth > 0");
        Assert.Equal("blur(24px) grayscale(1)", await image.EvaluateAsync<string>("e => getComputedStyle(e).filter"));
        await Assertions.Expect(a.GetByText("known_image_match").First).ToBeVisibleAsync();
        await ConsoleBrowser.ScreenshotAsync(a, "case");

        // Reviewer B cannot take it: the queue has nothing left to claim and the case shows no content.
        var b = await browser.SignInAsync(harness.BaseUrl, ReviewerB);
        await b.GetByRole(AriaRole.Button, new() { Name = "Claim next case from known-images" }).ClickAsync();
        await Assertions.Expect(b.GetByText("Nothing left to claim in that queue.")).ToBeVisibleAsync();
        await b.GotoAsync($"/console/cases/{caseId}");
        await Assertions.Expect(b.Locator("#claimed-by-other")).ToContainTextAsync(ReviewerA);
        await Assertions.Expect(b.Locator("img.evidence-image")).ToHaveCountAsync(0);
        await Assertions.Expect(b.GetByRole(AriaRole.Button, new() { Name = "Claim this case" })).ToHaveCountAsync(0);
        await using (var direct = await b.Context.APIRequest.GetAsync($"/console/evidence/{caseId}/{await image.GetAttributeAsync("data-evidence")}"))
        {
            Assert.Equal(404, direct.Status);
        }

        // Reviewer A reveals the image, then decides: violating, known image.
        await a.GetByRole(AriaRole.Button, new() { Name = "Reveal image" }).ClickAsync();
        await Assertions.Expect(a.Locator("img.evidence-image")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("blurred"));
        Assert.Equal("none", await a.Locator("img.evidence-image").EvaluateAsync<string>("e => getComputedStyle(e).filter"));
        await a.GetByLabel("Violating", new() { Exact = true }).CheckAsync();
        await a.GetByLabel("Violated category").SelectOptionAsync("known_image_match");
        await a.GetByLabel("Reason").FillAsync("The image matches the bank entry.");
        await a.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Assertions.Expect(a.GetByRole(AriaRole.Status)).ToContainTextAsync("Decided: violating");

        // The gateway refuses the user's next request.
        using (var refused = await harness.SendImagePromptAsync(User, TestBanks.UnknownImagePath))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("refuse; reason=account_banned", refused.Headers.GetValues("X-Bulwark-Decision").Single());
        }

        // The user appeals through the tenant's API; a reviewer may not decide appeals, a lead may.
        using (var client = harness.TenantClient())
        using (var appeal = await client.PostAsJsonAsync(new Uri("/v1/appeals", UriKind.Relative), new JsonObject { ["user_id"] = User, ["statement"] = "It is a photo of a bridge." }))
        {
            Assert.Equal(HttpStatusCode.Created, appeal.StatusCode);
        }

        await a.GotoAsync("/console/appeals");
        await Assertions.Expect(a.GetByRole(AriaRole.Heading, new() { Name = "Not permitted" })).ToBeVisibleAsync();
        var lead = await browser.SignInAsync(harness.BaseUrl, Lead);
        await lead.GotoAsync("/console/appeals");
        await Assertions.Expect(lead.GetByText("It is a photo of a bridge.")).ToBeVisibleAsync();
        await ConsoleBrowser.ScreenshotAsync(lead, "appeals");
        await lead.GetByLabel("Reverse the action").CheckAsync();
        await lead.GetByLabel("Reason").FillAsync("Checked again: not the listed image.");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Decide appeal" }).ClickAsync();
        await Assertions.Expect(lead.GetByRole(AriaRole.Status)).ToContainTextAsync("Appeal granted");

        // The user is served again.
        using (var served = await harness.SendImagePromptAsync(User, TestBanks.UnknownImagePath))
        {
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            Assert.Single(harness.Upstream.Requests);
        }

        await lead.GotoAsync("/console/dashboard");
        await Assertions.Expect(lead.Locator("svg.chart")).ToHaveCountAsync(2);
        await ConsoleBrowser.ScreenshotAsync(lead, "dashboard");
    }
}
