using System.Text;
using Bulwark.Casework;
using Bulwark.Casework.Audit;
using Bulwark.Casework.Cases;
using Bulwark.Casework.Evidence;
using Bulwark.Casework.Incidents;
using Bulwark.Casework.Reports;
using Bulwark.Casework.Reviewers;
using Bulwark.Casework.Storage;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Console.Pages;

/// <summary>
/// One case: its findings, evidence (text with spans marked, images blurred and greyscale until revealed), the
/// subject's history, and the decision form. Evidence is read through the vault, so every view is audited.
/// </summary>
public sealed class CaseModel(
    CaseService cases,
    EvidenceVault vault,
    AuditLog audit,
    Screener screener,
    UserManager<ConsoleUser> users,
    IDbContextFactory<CaseworkDbContext> contexts,
    CaseworkOptions options,
    TimeProvider time) : ConsolePageModel
{
    public bool MayClaim(string queue) => ConsoleAccess.MayClaimFrom(User, options.Queues, queue);

    /// <summary>Audit action: a reviewer revealed a blurred image.</summary>
    public const string EvidenceRevealedAction = "evidence.revealed";

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public ReviewVerdict? Verdict { get; set; }

    [BindProperty]
    public string? Category { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public CaseFile? CaseFile { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public bool HoldsClaim { get; private set; }

    public bool MaySeeEvidence { get; private set; }

    public bool RevealByDefault { get; private set; }

    public Guid? Revealed { get; private set; }

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    public IReadOnlyList<IncidentView> Incidents { get; private set; } = [];

    public IReadOnlyList<(UserReport Report, string? Text)> Reports { get; private set; } = [];

    public IReadOnlyList<PolicyCategory> ViolationCategories =>
        [.. screener.Policy.Categories.Values.Where(c => c.Kind == CategoryKind.Violation)];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken).ConfigureAwait(false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostClaimAsync(CancellationToken cancellationToken)
    {
        var file = await cases.GetFileAsync(Id, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            return NotFound();
        }

        if (!MayClaim(file.Case.Queue))
        {
            return Forbid();
        }

        if (!await cases.ClaimAsync(Id, ReviewerId, cancellationToken).ConfigureAwait(false))
        {
            Problem = "Another reviewer holds this case, or it has been decided.";
        }

        return await LoadAsync(cancellationToken).ConfigureAwait(false) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostReleaseAsync(CancellationToken cancellationToken)
    {
        await cases.ReleaseAsync(Id, ReviewerId, cancellationToken).ConfigureAwait(false);
        return Redirect(ConsoleApplication.BasePath);
    }

    public async Task<IActionResult> OnPostRevealAsync(Guid evidenceId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        if (MaySeeEvidence && Incidents.Any(i => i.ImageEvidenceId == evidenceId))
        {
            await audit.AppendAsync(ReviewerId, EvidenceRevealedAction, "evidence/" + evidenceId, new Dictionary<string, string?> { ["case"] = CaseService.CaseSubject(Id) }, cancellationToken).ConfigureAwait(false);
            Revealed = evidenceId;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDecideAsync(CancellationToken cancellationToken)
    {
        if (Verdict is not { } verdict || string.IsNullOrWhiteSpace(Reason) || Reason.Length > 2000)
        {
            Problem = "Choose a decision and give a reason (at most 2,000 characters).";
        }
        else if (verdict == ReviewVerdict.Violating && (Category is null || !screener.Policy.Categories.ContainsKey(Category)))
        {
            Problem = "Choose the violated category.";
        }
        else
        {
            try
            {
                var decision = await cases.DecideAsync(Id, ReviewerId, verdict, Category, Reason, screener.Policy, cancellationToken).ConfigureAwait(false);
                Message = decision.Verdict switch
                {
                    ReviewVerdict.Violating => decision.EnforcementActionId is null ? "Decided: violating. No enforcement: the end user is unknown, or the policy has no measure for this category." : "Decided: violating. The enforcement action is in force.",
                    ReviewVerdict.NotViolating => "Decided: not violating.",
                    _ => "Escalated to the leads' queue.",
                };
            }
            catch (CaseworkConflictException e)
            {
                Problem = e.Message;
            }
        }

        return await LoadAsync(cancellationToken).ConfigureAwait(false) ? Page() : NotFound();
    }

    /// <summary>Whether text evidence of these findings starts collapsed: the policy bans at once for its category.</summary>
    public bool IsHighSeverity(Incident incident) =>
        incident.Findings.Any(f => screener.Policy.Categories.TryGetValue(f.Category, out var category) && category.ImmediateBan);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        CaseFile = await cases.GetFileAsync(Id, cancellationToken).ConfigureAwait(false);
        if (CaseFile is null)
        {
            return false;
        }

        HoldsClaim = CaseFile.Case.ClaimedBy == ReviewerId && CaseFile.Case.ClaimExpiresAt > Now;
        MaySeeEvidence = ConsoleAccess.MaySeeEvidence(User, CaseFile.Case, Now);
        RevealByDefault = (await users.GetUserAsync(User).ConfigureAwait(false))?.RevealMediaByDefault == true;
        var evidenceIds = CaseFile.Incidents.Where(i => i.EvidenceId is not null).Select(i => i.EvidenceId!.Value).ToList();
        Dictionary<Guid, string> types;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            types = await db.Evidence.AsNoTracking().Where(e => evidenceIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.ContentType, cancellationToken).ConfigureAwait(false);
        }

        var purpose = "case review: " + CaseService.CaseSubject(Id);
        var incidents = new List<IncidentView>();
        foreach (var incident in CaseFile.Incidents)
        {
            string? text = null;
            Guid? image = null;
            if (MaySeeEvidence && incident.EvidenceId is { } evidenceId && types.TryGetValue(evidenceId, out var type))
            {
                if (type.StartsWith("text/", StringComparison.Ordinal))
                {
                    var content = await vault.ReadAsync(evidenceId, ReviewerId, purpose, cancellationToken).ConfigureAwait(false);
                    text = content is null ? null : Encoding.UTF8.GetString(content.Content.Span);
                }
                else
                {
                    image = evidenceId;
                }
            }

            incidents.Add(new IncidentView(
                incident,
                text is null ? null : EvidenceHighlighter.Render(text, incident.Findings.Select(f => f.Spans)),
                image,
                IsHighSeverity(incident)));
        }

        Incidents = incidents;
        var reports = new List<(UserReport, string?)>();
        foreach (var report in CaseFile.Reports)
        {
            string? text = null;
            if (MaySeeEvidence && report.EvidenceId is { } evidenceId)
            {
                var content = await vault.ReadAsync(evidenceId, ReviewerId, purpose, cancellationToken).ConfigureAwait(false);
                text = content is null ? null : Encoding.UTF8.GetString(content.Content.Span);
            }

            reports.Add((report, text));
        }

        Reports = reports;
        return true;
    }

    /// <summary>An incident as the page shows it.</summary>
    public sealed record IncidentView(Incident Incident, IHtmlContent? Text, Guid? ImageEvidenceId, bool Collapsed);
}
