using Bulwark.Casework;
using Bulwark.Casework.Cases;
using Bulwark.Casework.Queues;

namespace Bulwark.Server.Console.Pages;

/// <summary>The queues at a glance: sizes, claims, SLA.</summary>
public sealed class IndexModel(CaseService cases, CaseworkOptions options, TimeProvider time) : ConsolePageModel
{
    public bool MayClaim(string queue) => ConsoleAccess.MayClaimFrom(User, options.Queues, queue);

    public IReadOnlyList<QueueSummary> Queues { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(string? empty, CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        Queues = await cases.SummarizeQueuesAsync(cancellationToken).ConfigureAwait(false);
        Message = empty is null ? null : "Nothing left to claim in that queue.";
    }
}
