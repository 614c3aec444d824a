using Bulwark.Casework.Appeals;
using Bulwark.Casework.Cases;
using System.Text;
using Bulwark.Casework.Enforcement;
using Bulwark.Casework.Evidence;
using Microsoft.AspNetCore.Mvc;

namespace Bulwark.Server.Console.Pages;

/// <summary>Pending appeals, decided by a lead who did not take the action.</summary>
public sealed class AppealsModel(AppealService appeals, EvidenceVault vault) : ConsolePageModel
{
    public IReadOnlyList<(Appeal Appeal, EnforcementAction Action)> Pending { get; private set; } = [];

    /// <summary>The users' statements, read through the vault (so each view is audited), by appeal id.</summary>
    public Dictionary<Guid, string> Statements { get; } = [];

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostDecideAsync(Guid appealId, string? outcome, string? reason, CancellationToken cancellationToken)
    {
        if (outcome is not ("reverse" or "uphold") || string.IsNullOrWhiteSpace(reason) || reason.Length > 2000)
        {
            Problem = "Choose uphold or reverse and give a reason (at most 2,000 characters).";
        }
        else
        {
            try
            {
                var decided = await appeals.DecideAsync(appealId, ReviewerId, outcome == "reverse", reason, cancellationToken).ConfigureAwait(false);
                Message = decided.Status == AppealStatus.Reversed ? "Appeal granted: the action is reversed." : "Appeal refused: the action stands.";
            }
            catch (CaseworkConflictException e)
            {
                Problem = e.Message;
            }
        }

        await LoadAsync(cancellationToken).ConfigureAwait(false);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Pending = await appeals.ListPendingAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (appeal, _) in Pending)
        {
            if (appeal.StatementEvidenceId is { } id
                && await vault.ReadAsync(id, ReviewerId, "appeal review: appeal/" + appeal.Id, cancellationToken).ConfigureAwait(false) is { } statement)
            {
                Statements[appeal.Id] = Encoding.UTF8.GetString(statement.Content.Span);
            }
        }
    }
}
