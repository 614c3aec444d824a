using Bulwark.Reporting.Outbox;
using Bulwark.Reporting.Outbox.Storage;
using Bulwark.Server.Reporting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Bulwark.Server.Console.Pages;

/// <summary>
/// A lead prepares a case's CyberTipline report: the readable summary and the XML NCMEC will receive (validated against
/// its schema), the evidence files chosen by checkboxes, and "File report", which hands it to the outbox and returns to
/// the case, where status, receipt and errors are shown. Evidence ids travel only in POST bodies.
/// </summary>
[Authorize(Policy = ConsoleApplication.LeadPolicy)]
public sealed class ReportModel(CaseReporting reporting) : ConsolePageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public List<Guid> Files { get; set; } = [];

    public CaseReportPreview? Preview { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>A report of this case already in the outbox and not failed: filing resumes it as stored.</summary>
    public OutboxReport? Existing { get; private set; }

    public bool IsConfigured => reporting.IsConfigured;

    public string Destination => reporting.DestinationDescription;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(null, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken) =>
        await LoadAsync(Files, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostFileAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(Files, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        if (Preview is not { } preview || !preview.CanFile)
        {
            Problem ??= "This report cannot be filed as it stands; see above.";
            return Page();
        }

        if (preview.Files.Count > 0 && !preview.Files.Any(f => f.Selected))
        {
            Problem = "Choose at least one file: a report of this case without its evidence would be of little use to NCMEC.";
            return Page();
        }

        var filing = await reporting.FileAsync(Id, User, Files, cancellationToken).ConfigureAwait(false);
        if (filing is null)
        {
            return NotFound();
        }

        if (filing.Refusal is { } refusal)
        {
            Problem = refusal;
            return Page();
        }

        // Whatever the outcome (filed, waiting for a retry, failed), the case page shows it with the receipt or error.
        return Redirect($"{ConsoleApplication.BasePath}/cases/{Id}#cybertipline");
    }

    private async Task<bool> LoadAsync(IReadOnlyCollection<Guid>? files, CancellationToken cancellationToken)
    {
        if (!reporting.IsConfigured)
        {
            return true;
        }

        Preview = await reporting.PreviewAsync(Id, User, files, cancellationToken).ConfigureAwait(false);
        Existing = (await reporting.StatusAsync(Id, cancellationToken).ConfigureAwait(false)).LastOrDefault(r => r.State != ReportState.Failed);
        return Preview is not null;
    }
}
