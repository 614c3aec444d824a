namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The schema's <c>contactPerson</c> type: a person without age or date of birth.</summary>
public sealed record ContactPerson
{
    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public IReadOnlyList<Phone> Phones { get; init; } = [];

    public IReadOnlyList<Email> Emails { get; init; } = [];

    public IReadOnlyList<Address> Addresses { get; init; } = [];
}
