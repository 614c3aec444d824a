using System.Security.Claims;
using Bulwark.Casework.Cases;
using Bulwark.Casework.Queues;
using Bulwark.Casework.Reviewers;

namespace Bulwark.Server.Console;

/// <summary>Who may do what in the console, beyond the page-level role policies.</summary>
internal static class ConsoleAccess
{
    /// <summary>Leads and admins.</summary>
    public static bool IsLead(ClaimsPrincipal user) => user.IsInRole(ConsoleRoles.Lead) || user.IsInRole(ConsoleRoles.Admin);

    /// <summary>Per-queue permissions (<see cref="QueueRouting.ClaimRoles"/>); by default only leads and admins work the escalation queue.</summary>
    public static bool MayClaimFrom(ClaimsPrincipal user, QueueRouting routing, string queue) => routing.MayClaim(queue, user.IsInRole);

    /// <summary>
    /// Evidence is shown to the reviewer holding the case, and to leads once it is decided (for appeals); to nobody
    /// else, so that content is seen by as few people as the work needs.
    /// </summary>
    public static bool MaySeeEvidence(ClaimsPrincipal user, ReviewCase @case, DateTimeOffset now) =>
        (@case.ClaimedBy == user.Identity?.Name && @case.ClaimExpiresAt > now)
        || (@case.Status == CaseStatus.Closed && IsLead(user));
}
