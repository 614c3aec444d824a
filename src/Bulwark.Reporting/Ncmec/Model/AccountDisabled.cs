namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>That an account was disabled (temporarily or permanently), when, and whether its user was told.</summary>
public sealed record AccountDisabled
{
    public DateTimeOffset? DisabledAt { get; init; }

    public bool? UserNotified { get; init; }

    public DateTimeOffset? UserNotifiedAt { get; init; }

    /// <summary>Only for a temporary suspension.</summary>
    public DateTimeOffset? ReenabledAt { get; init; }
}
