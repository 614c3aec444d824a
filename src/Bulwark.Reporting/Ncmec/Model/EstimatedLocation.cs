namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The schema's <c>estimatedLocation</c>; <see cref="CountryCode"/> is ISO 3166 alpha-2.</summary>
public sealed record EstimatedLocation
{
    public string? City { get; init; }

    public string? Region { get; init; }

    public string? CountryCode { get; init; }

    public bool? Verified { get; init; }

    public DateTimeOffset? Timestamp { get; init; }
}
