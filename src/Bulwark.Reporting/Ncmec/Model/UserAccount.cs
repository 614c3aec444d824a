namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>
/// What the provider knows of an account on its service: the part shared by the reported user, an intended recipient
/// and a victim (ESP identifier, screen name, IP capture events, device ids, disabled flags …).
/// </summary>
public sealed record UserAccount
{
    /// <summary>The provider's own stable id of the account (the most useful single datum for law enforcement).</summary>
    public string? EspIdentifier { get; init; }

    /// <summary>Which of the provider's services the account belongs to.</summary>
    public string? EspService { get; init; }

    public bool? CompromisedAccount { get; init; }

    public string? ScreenName { get; init; }

    public IReadOnlyList<string> DisplayNames { get; init; } = [];

    public IReadOnlyList<string> ProfileUrls { get; init; } = [];

    public string? ProfileBio { get; init; }

    public IReadOnlyList<IpCaptureEvent> IpCaptureEvents { get; init; } = [];

    public IReadOnlyList<DeviceId> DeviceIds { get; init; } = [];

    /// <summary>Earlier CyberTipline report ids about the same account.</summary>
    public IReadOnlyList<long> PriorCyberTiplineReports { get; init; } = [];

    /// <summary>A group the account belongs to; the schema has no place for it on a victim.</summary>
    public string? GroupIdentifier { get; init; }

    public AccountDisabled? TemporarilyDisabled { get; init; }

    public AccountDisabled? PermanentlyDisabled { get; init; }

    public EstimatedLocation? EstimatedLocation { get; init; }

    public bool? AllEmailsReported { get; init; }

    public string? AdditionalInfo { get; init; }
}
