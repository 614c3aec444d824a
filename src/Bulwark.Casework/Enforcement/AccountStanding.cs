namespace Bulwark.Casework.Enforcement;

/// <summary>An account's standing, computed from its unreversed enforcement actions.</summary>
/// <param name="Kind">The standing.</param>
/// <param name="Until">When a suspension ends; null otherwise.</param>
/// <param name="StatementOfReasons">The statement of reasons of the action that decides the standing (the ban or the
/// longest current suspension); null when in good standing or only warned.</param>
public sealed record AccountStanding(StandingKind Kind, DateTimeOffset? Until, string? StatementOfReasons)
{
    /// <summary>Good standing.</summary>
    public static AccountStanding Good { get; } = new(StandingKind.Good, null, null);

    /// <summary>Whether requests from the account must be refused (suspended or banned).</summary>
    public bool IsRefused => Kind is StandingKind.Suspended or StandingKind.Banned;
}
