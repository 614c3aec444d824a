namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The schema's <c>person</c> type.</summary>
public sealed record Person
{
    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public IReadOnlyList<Phone> Phones { get; init; } = [];

    public IReadOnlyList<Email> Emails { get; init; } = [];

    public IReadOnlyList<Address> Addresses { get; init; } = [];

    public int? Age { get; init; }

    public DateOnly? DateOfBirth { get; init; }
}
