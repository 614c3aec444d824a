using Bulwark.Reporting.Tests.Fakes;
using Bulwark.Server.Tests.Console;
using Microsoft.Playwright;

namespace Bulwark.Server.Tests.Reporting;

/// <summary>Filing from the console in a real browser: the lead prepares, previews and files; the case shows the receipt.</summary>
public sealed class CaseReportConsoleTests
{
    [Fact]
    public async Task A_lead_previews_and_files_a_violating_case_and_sees_the_receipt_on_the_case()
    {
        await using var harness = await CaseReportingHarness.StartAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync();
        var caseId = await harness.OpenCaseAsync("user-42", alsoGenerated: true);
        await harness.DecideViolatingAsync(caseId, "known_image_match");

        // A reviewer sees no CyberTipline section; a lead does.
        var reviewer = await browser.SignInAsync(harness.Console.BaseUrl, CaseReportingHarness.Reviewer);
        await reviewer.GotoAsync($"/console/cases/{caseId}");
        await Assertions.Expect(reviewer.Locator("#cybertipline")).ToHaveCountAsync(0);
        await using (var direct = await reviewer.Context.APIRequest.GetAsync($"/console/cases/{caseId}/report", new() { MaxRedirects = 0 }))
        {
            Assert.NotEqual(200, direct.Status);
        }

        var lead = await browser.SignInAsync(harness.Console.BaseUrl, CaseReportingHarness.Lead);
        await lead.GotoAsync($"/console/cases/{caseId}");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Prepare CyberTipline report" }).ClickAsync();
        await lead.WaitForURLAsync($"**/console/cases/{caseId}/report");
        await Assertions.Expect(lead.Locator("#schema-valid")).ToBeVisibleAsync();
        await Assertions.Expect(lead.Locator("#report-xml")).ToContainTextAsync("<espIdentifier>user-42</espIdentifier>");
        await Assertions.Expect(lead.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(2);
        await Assertions.Expect(lead.GetByLabel("model output (generativeAi)", new() { Exact = false })).ToBeCheckedAsync();
        await ConsoleBrowser.ScreenshotAsync(lead, "report-preview");

        await lead.GetByRole(AriaRole.Button, new() { Name = "File report with NCMEC test" }).ClickAsync();
        await lead.WaitForURLAsync($"**/console/cases/{caseId}#cybertipline");

        var filed = Assert.Single(harness.Tipline.Reports);
        Assert.Equal(FakeReportStatus.Finished, filed.Status);
        Assert.Equal(2, filed.Files.Count);
        var section = lead.Locator("#cybertipline");
        await Assertions.Expect(section).ToContainTextAsync($"Finished with ncmec-test, NCMEC report {filed.Id}");
        await Assertions.Expect(section).ToContainTextAsync("evidence preserved for a year");
        await Assertions.Expect(section.GetByRole(AriaRole.Link, new() { Name = "Prepare CyberTipline report" })).ToHaveCountAsync(0);
        await ConsoleBrowser.ScreenshotAsync(lead, "report-filed");

        // Preparing again says the stored report is what filing would resume.
        await lead.GotoAsync($"/console/cases/{caseId}/report");
        await Assertions.Expect(lead.Locator("#existing-report")).ToContainTextAsync("Finished, 2 file(s)");
    }
}
