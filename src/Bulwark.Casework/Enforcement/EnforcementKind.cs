namespace Bulwark.Casework.Enforcement;

/// <summary>What an enforcement action does to an account.</summary>
public enum EnforcementKind
{
    /// <summary>A recorded warning; the account may continue.</summary>
    Warning,

    /// <summary>A strike on the account's record; the account may continue.</summary>
    Strike,

    /// <summary>The account is refused until the action's end.</summary>
    Suspension,

    /// <summary>The account is refused permanently (until reversed on appeal).</summary>
    Ban,
}
