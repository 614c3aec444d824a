namespace Bulwark.Casework.Enforcement;

/// <summary>An account's standing, from least to most restricted.</summary>
public enum StandingKind
{
    /// <summary>No standing enforcement action.</summary>
    Good,

    /// <summary>Warnings, strikes or past suspensions on record; the account may continue.</summary>
    Warned,

    /// <summary>Refused until <see cref="AccountStanding.Until"/>.</summary>
    Suspended,

    /// <summary>Refused permanently (until a ban is reversed).</summary>
    Banned,
}
