namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The report's <c>personOrUserReported</c>: the user whose conduct is reported.</summary>
public sealed record ReportedPerson
{
    public Person? Person { get; init; }

    public string? VehicleDescription { get; init; }

    public UserAccount Account { get; init; } = new();

    /// <summary>Whether the user is not the provider's own user (e.g. reported through a third-party integration).</summary>
    public bool? ThirdPartyUserReported { get; init; }
}
