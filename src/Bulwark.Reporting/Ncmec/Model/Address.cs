namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The schema's <c>address</c> type. <see cref="State"/> is a US state code, <see cref="Country"/> ISO 3166 alpha-2.</summary>
public sealed record Address
{
    public AddressType? Type { get; init; }

    public string? Street { get; init; }

    public string? City { get; init; }

    public string? ZipCode { get; init; }

    public string? State { get; init; }

    public string? NonUsaState { get; init; }

    public string? Country { get; init; }
}
