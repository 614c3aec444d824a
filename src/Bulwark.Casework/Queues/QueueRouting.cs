namespace Bulwark.Casework.Queues;

/// <summary>
/// Routes incidents and user reports to queues by category. The defaults put known-image matches first, then
/// solicitation and acquisition, grooming and sextortion, other categories, and unconfirmed user reports last;
/// replace <see cref="Categories"/> (or <see cref="Default"/>, <see cref="UserReports"/>) to route differently.
/// </summary>
public sealed class QueueRouting
{
    /// <summary>Known-image matches.</summary>
    public const string KnownImagesQueue = "known-images";

    /// <summary>Solicitation and acquisition.</summary>
    public const string SolicitationQueue = "solicitation";

    /// <summary>Grooming and sextortion.</summary>
    public const string GroomingQueue = "grooming";

    /// <summary>Everything else that a detector found.</summary>
    public const string GeneralQueue = "general";

    /// <summary>User reports.</summary>
    public const string UserReportsQueue = "user-reports";

    /// <summary>Cases a reviewer escalated; only leads and admins claim from it.</summary>
    public const string EscalatedQueue = "escalated";

    /// <summary>Routes by category id.</summary>
    public Dictionary<string, QueueRoute> Categories { get; init; } = new(StringComparer.Ordinal)
    {
        ["known_image_match"] = new(KnownImagesQueue, CasePriority.KnownImage, TimeSpan.FromHours(1)),
        ["csam_solicitation"] = new(SolicitationQueue, CasePriority.Solicitation, TimeSpan.FromHours(4)),
        ["csam_acquisition"] = new(SolicitationQueue, CasePriority.Solicitation, TimeSpan.FromHours(4)),
        ["grooming"] = new(GroomingQueue, CasePriority.Grooming, TimeSpan.FromHours(8)),
        ["sextortion"] = new(GroomingQueue, CasePriority.Grooming, TimeSpan.FromHours(8)),
    };

    /// <summary>The route for a detector's category not in <see cref="Categories"/>.</summary>
    public QueueRoute Default { get; init; } = new(GeneralQueue, CasePriority.Other, TimeSpan.FromHours(24));

    /// <summary>The route for user reports, whatever category the reporter chose.</summary>
    public QueueRoute UserReports { get; init; } = new(UserReportsQueue, CasePriority.UserReport, TimeSpan.FromHours(48));

    /// <summary>
    /// Per-queue permissions: the console roles that may claim from a queue. A queue not listed is open to every
    /// reviewer role. By default only leads and admins work the escalation queue.
    /// </summary>
    public Dictionary<string, string[]> ClaimRoles { get; init; } = new(StringComparer.Ordinal)
    {
        [EscalatedQueue] = [Reviewers.ConsoleRoles.Lead, Reviewers.ConsoleRoles.Admin],
    };

    /// <summary>Whether someone for whom <paramref name="isInRole"/> holds may claim from <paramref name="queue"/>.</summary>
    public bool MayClaim(string queue, Func<string, bool> isInRole)
    {
        ArgumentNullException.ThrowIfNull(isInRole);
        return !ClaimRoles.TryGetValue(queue, out var roles) || roles.Any(isInRole);
    }

    /// <summary>The SLA of the escalation queue.</summary>
    public TimeSpan EscalatedSla { get; init; } = TimeSpan.FromHours(24);

    /// <summary>The route for an incident whose primary category is <paramref name="category"/>.</summary>
    public QueueRoute ForIncident(string? category) =>
        category is not null && Categories.TryGetValue(category, out var route) ? route : Default;

    /// <summary>Every queue name routed to, in priority order, the escalation queue last.</summary>
    public IReadOnlyList<string> QueueNames() =>
        [.. Categories.Values.Append(Default).Append(UserReports)
            .OrderBy(route => route.Priority)
            .Select(route => route.Queue)
            .Distinct(StringComparer.Ordinal)
            .Append(EscalatedQueue)];
}
