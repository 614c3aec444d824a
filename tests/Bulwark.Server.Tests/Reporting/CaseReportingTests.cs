using Bulwark.Casework.Audit;
using Bulwark.Casework.Storage;
using Bulwark.Reporting.Outbox;
using Bulwark.Reporting.Tests.Fakes;
using Bulwark.Server.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Server.Tests.Reporting;

public sealed class CaseReportingTests : IAsyncLifetime
{
    private CaseReportingHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await CaseReportingHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_known_image_decided_violating_is_previewed_filed_preserved_and_its_status_kept()
    {
        var caseId = await _harness.OpenCaseAsync("user-42", alsoGenerated: true);
        await _harness.DecideViolatingAsync(caseId, "known_image_match");
        var reporting = _harness.Reporting;

        var preview = await reporting.PreviewAsync(caseId, CaseReportingHarness.LeadUser);

        Assert.NotNull(preview);
        Assert.True(preview.CanFile, preview.Refusal ?? string.Join("; ", preview.Problems));
        Assert.Empty(NcmecReference.Schema.Validate(preview.ReportXml!));
        Assert.Equal(2, preview.Files.Count);
        Assert.All(preview.Files, f => Assert.EndsWith(".jpg", f.FileName, StringComparison.Ordinal));
        var output = Assert.Single(preview.Files, f => f.IsModelOutput);
        var prompt = Assert.Single(preview.Files, f => !f.IsModelOutput);
        Assert.Equal("Output", output.Surface);
        foreach (var details in preview.FileDetails)
        {
            Assert.Empty(NcmecReference.Schema.Validate(details.Xml));
            Assert.Equal(details.Name == output.FileName, details.Xml.Contains("<generativeAi />", StringComparison.Ordinal));
        }

        Assert.Contains("<espIdentifier>user-42</espIdentifier>", preview.ReportXml, StringComparison.Ordinal);
        Assert.Contains(preview.Summary, line => line.StartsWith("Incident type: Child Pornography", StringComparison.Ordinal));

        var filing = await reporting.FileAsync(caseId, CaseReportingHarness.LeadUser);

        Assert.NotNull(filing);
        Assert.True(filing.IsFiled, filing.Refusal ?? filing.Result?.Error);
        var filed = Assert.Single(_harness.Tipline.Reports);
        Assert.Equal(FakeReportStatus.Finished, filed.Status);
        Assert.Equal(new[] { prompt.FileName, output.FileName }.Order(StringComparer.Ordinal), filed.Files.Select(f => f.FileName).Order(StringComparer.Ordinal));
        Assert.Contains("<generativeAi />", filed.Files.Single(f => f.FileName == output.FileName).Details, StringComparison.Ordinal);
        Assert.DoesNotContain("generativeAi", filed.Files.Single(f => f.FileName == prompt.FileName).Details, StringComparison.Ordinal);

        // The evidence is held for a year from the report.
        var contexts = _harness.Console.Services.GetRequiredService<IDbContextFactory<CaseworkDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var ids = preview.Files.Select(f => f.EvidenceId).ToList();
            var held = await db.Evidence.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => e.PreservedUntil).ToListAsync();
            Assert.Equal(2, held.Count);
            Assert.All(held, until => Assert.True(until >= DateTimeOffset.UtcNow.AddDays(364), $"held until {until}"));
            var actions = await db.AuditEntries.AsNoTracking().Where(e => e.Subject == "case/" + caseId).Select(e => e.Action).ToListAsync();
            Assert.Contains(CaseReporting.ReportPreviewedAction, actions);
            Assert.Contains(CaseReporting.ReportFiledAction, actions);
        }

        var status = Assert.Single(await reporting.StatusAsync(caseId));
        Assert.Equal(ReportState.Finished, status.State);
        Assert.Equal(filed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), status.RemoteReportId);
        Assert.Contains(filed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), status.Receipt, StringComparison.Ordinal);
        Assert.True(status.HoldPlaced);

        // Filing again resumes the stored report: NCMEC still holds one.
        var again = await reporting.FileAsync(caseId, CaseReportingHarness.LeadUser);
        Assert.True(again!.IsFiled);
        Assert.Single(_harness.Tipline.Reports);
    }

    [Fact]
    public async Task An_outage_leaves_the_report_waiting_with_its_error_and_filing_again_finishes_it()
    {
        var caseId = await _harness.OpenCaseAsync("user-5", alsoGenerated: false);
        await _harness.DecideViolatingAsync(caseId, "known_image_match");
        _harness.Tipline.SendUnavailableOnce = true;

        var first = await _harness.Reporting.FileAsync(caseId, CaseReportingHarness.LeadUser);

        Assert.False(first!.IsFiled);
        Assert.True(first.Result!.NeedsRetry);
        var waiting = Assert.Single(await _harness.Reporting.StatusAsync(caseId));
        Assert.NotEqual(ReportState.Finished, waiting.State);
        Assert.False(string.IsNullOrEmpty(waiting.LastError));

        var second = await _harness.Reporting.FileAsync(caseId, CaseReportingHarness.LeadUser);

        Assert.True(second!.IsFiled, second.Result?.Error);
        Assert.Equal(first.OutboxId, second.OutboxId);
        Assert.Single(_harness.Tipline.Reports, r => r.Status == FakeReportStatus.Finished);
        Assert.Equal(ReportState.Finished, Assert.Single(await _harness.Reporting.StatusAsync(caseId)).State);
    }

    [Fact]
    public async Task Only_the_chosen_files_are_filed()
    {
        var caseId = await _harness.OpenCaseAsync("user-7", alsoGenerated: true);
        await _harness.DecideViolatingAsync(caseId, "known_image_match");
        var all = await _harness.Reporting.PreviewAsync(caseId, CaseReportingHarness.LeadUser);
        var chosen = all!.Files.Single(f => !f.IsModelOutput);

        var preview = await _harness.Reporting.PreviewAsync(caseId, CaseReportingHarness.LeadUser, [chosen.EvidenceId]);
        var filing = await _harness.Reporting.FileAsync(caseId, CaseReportingHarness.LeadUser, [chosen.EvidenceId]);

        Assert.Equal([true, false], preview!.Files.OrderBy(f => f.IsModelOutput).Select(f => f.Selected));
        Assert.Single(preview.FileDetails);
        Assert.True(filing!.IsFiled, filing.Refusal ?? filing.Result?.Error);
        Assert.Equal(chosen.FileName, Assert.Single(Assert.Single(_harness.Tipline.Reports).Files).FileName);
    }

    [Fact]
    public async Task A_case_decided_only_as_abuse_advocacy_is_refused_and_nothing_is_sent()
    {
        var caseId = await _harness.OpenCaseAsync("user-9", alsoGenerated: false);
        await _harness.DecideViolatingAsync(caseId, "abuse_advocacy", "Advocacy, not exploitation.");

        var preview = await _harness.Reporting.PreviewAsync(caseId, CaseReportingHarness.LeadUser);
        var filing = await _harness.Reporting.FileAsync(caseId, CaseReportingHarness.LeadUser);

        Assert.False(preview!.CanFile);
        Assert.Contains("Not reportable to NCMEC", preview.Refusal, StringComparison.Ordinal);
        Assert.Null(preview.ReportXml);
        Assert.False(filing!.IsFiled);
        Assert.Equal(preview.Refusal, filing.Refusal);
        Assert.Null(filing.OutboxId);
        Assert.Empty(_harness.Tipline.Reports);
        Assert.Empty(await _harness.Reporting.StatusAsync(caseId));
        await using var db = await _harness.Console.Services.GetRequiredService<IDbContextFactory<CaseworkDbContext>>().CreateDbContextAsync();
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.EvidenceRead && e.Details.Contains("report")), "a refused case's evidence is not decrypted");
    }

    [Fact]
    public async Task An_undecided_case_is_refused()
    {
        var caseId = await _harness.OpenCaseAsync("user-11", alsoGenerated: false);

        var filing = await _harness.Reporting.FileAsync(caseId, CaseReportingHarness.LeadUser);

        Assert.Contains("decided \"violating\"", filing!.Refusal, StringComparison.Ordinal);
        Assert.Empty(_harness.Tipline.Reports);
    }

    [Fact]
    public async Task A_reviewer_who_is_not_a_lead_may_neither_preview_nor_file()
    {
        var caseId = await _harness.OpenCaseAsync("user-13", alsoGenerated: false);
        await _harness.DecideViolatingAsync(caseId, "known_image_match");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _harness.Reporting.PreviewAsync(caseId, CaseReportingHarness.ReviewerUser));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _harness.Reporting.FileAsync(caseId, CaseReportingHarness.ReviewerUser));
        Assert.Empty(_harness.Tipline.Reports);
        var contexts = _harness.Console.Services.GetRequiredService<IDbContextFactory<CaseworkDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.EvidenceRead && e.Details.Contains("report")));
    }
}
