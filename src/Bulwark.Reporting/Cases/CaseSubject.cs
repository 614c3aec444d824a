namespace Bulwark.Reporting.Cases;

/// <summary>The account the case is about, as the provider knows it.</summary>
public sealed record CaseSubject
{
    /// <summary>The provider's customer (tenant) whose end user this is; reported as the ESP service when set.</summary>
    public string? Tenant { get; init; }

    /// <summary>The provider's stable id of the end user (reported as <c>espIdentifier</c>).</summary>
    public required string UserId { get; init; }

    public string? ScreenName { get; init; }

    public string? DisplayName { get; init; }

    public string? Email { get; init; }

    public IReadOnlyList<SubjectIpAddress> IpAddresses { get; init; } = [];

    public IReadOnlyList<SubjectDevice> Devices { get; init; } = [];

    /// <summary>When the account was suspended for this case, if it was.</summary>
    public DateTimeOffset? SuspendedAt { get; init; }

    /// <summary>When the account was banned for this case, if it was.</summary>
    public DateTimeOffset? BannedAt { get; init; }

    /// <summary>Whether the user was told of the suspension or ban.</summary>
    public bool? UserNotified { get; init; }
}
