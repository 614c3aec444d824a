using Bulwark.Casework.Cases;
using Bulwark.Reporting.Outbox.Storage;
using Bulwark.Server.Reporting;
using Microsoft.AspNetCore.Mvc;

namespace Bulwark.Server.Console;

/// <summary>
/// The CyberTipline section of a case page, for leads once the case is decided violating: each report's state, NCMEC's
/// report id, receipt, last error and journal, and the way to prepare (or resume) the report.
/// </summary>
[ViewComponent(Name = "CaseReport")]
public sealed class CaseReportViewComponent(CaseReporting reporting) : ViewComponent
{
    /// <summary>The section for <paramref name="file"/>; empty for reviewers and for cases not decided violating.</summary>
    public async Task<IViewComponentResult> InvokeAsync(CaseFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var violating = file.Case.Status == CaseStatus.Closed && file.Decisions.Any(d => d.Verdict == ReviewVerdict.Violating);
        if (!violating || !CaseReporting.MayFile(UserClaimsPrincipal))
        {
            return Content(string.Empty);
        }

        var reports = await reporting.StatusAsync(file.Case.Id, HttpContext.RequestAborted).ConfigureAwait(false);
        return View("/Console/Pages/Shared/Components/CaseReport/Default.cshtml", new CaseReportSection(file.Case.Id, reporting.IsConfigured, reporting.DestinationDescription, reports));
    }

    /// <summary>What the section shows.</summary>
    public sealed record CaseReportSection(Guid CaseId, bool IsConfigured, string Destination, IReadOnlyList<OutboxReport> Reports);
}
