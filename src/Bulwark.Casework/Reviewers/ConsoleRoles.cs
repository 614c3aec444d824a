namespace Bulwark.Casework.Reviewers;

/// <summary>
/// The console's roles. A reviewer claims and decides cases from the ordinary queues; a lead also works the
/// escalation queue and decides appeals; an admin may do everything a lead may.
/// </summary>
public static class ConsoleRoles
{
    /// <summary>Claims and decides cases.</summary>
    public const string Reviewer = "reviewer";

    /// <summary>Also escalations and appeals.</summary>
    public const string Lead = "lead";

    /// <summary>Everything.</summary>
    public const string Admin = "admin";

    /// <summary>All roles.</summary>
    public static IReadOnlyList<string> All { get; } = [Reviewer, Lead, Admin];
}
