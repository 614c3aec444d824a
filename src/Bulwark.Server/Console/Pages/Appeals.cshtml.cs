using Bulwark.Casework.Appeals;
using Bulwark.Casework.Cases;
using Bulwark.Casework.Enforcement;
using Microsoft.AspNetCore.Mvc;

namespace Bulwark.Server.Console.Pages;

/// <summary>Pending appeals, decided by a lead who did not take the action.</summary>
public sealed class AppealsModel(AppealService appeals) : ConsolePageModel
{
    public IReadOnlyList<(Appeal Appeal, EnforcementAction Action)> Pending { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Pending = await appeals.ListPendingAsync(cancellationToken).ConfigureAwait(false);

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

        Pending = await appeals.ListPendingAsync(cancellationToken).ConfigureAwait(false);
        return Page();
    }
}
