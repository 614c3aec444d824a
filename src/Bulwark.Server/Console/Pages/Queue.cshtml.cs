using Bulwark.Casework;
using Bulwark.Casework.Cases;
using Microsoft.AspNetCore.Mvc;

namespace Bulwark.Server.Console.Pages;

/// <summary>One queue's open cases, and claiming the next one.</summary>
public sealed class QueueModel(CaseService cases, CaseworkOptions options, TimeProvider time) : ConsolePageModel
{
    [FromRoute]
    public string Name { get; set; } = string.Empty;

    public IReadOnlyList<ReviewCase> Cases { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public bool MayClaim => ConsoleAccess.MayClaimFrom(User, options.Queues, Name);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        Cases = await cases.ListQueueAsync(Name, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostClaimNextAsync(CancellationToken cancellationToken)
    {
        if (!MayClaim)
        {
            return Forbid();
        }

        var claimed = await cases.ClaimNextAsync(Name, ReviewerId, cancellationToken).ConfigureAwait(false);
        return claimed is null ? Redirect(ConsoleApplication.BasePath + "?empty=1") : Redirect($"{ConsoleApplication.BasePath}/cases/{claimed.Id}");
    }
}
