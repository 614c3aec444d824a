namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The schema's <c>phone</c> type. <see cref="CountryCallingCode"/> looks like <c>+1</c>.</summary>
public sealed record Phone
{
    public required string Number { get; init; }

    public PhoneType? Type { get; init; }

    public bool? Verified { get; init; }

    public DateTimeOffset? VerificationDate { get; init; }

    public string? CountryCallingCode { get; init; }

    public string? Extension { get; init; }
}
