namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The schema's <c>email</c> type.</summary>
public sealed record Email
{
    public required string Address { get; init; }

    public EmailType? Type { get; init; }

    public bool? Verified { get; init; }

    public DateTimeOffset? VerificationDate { get; init; }
}
