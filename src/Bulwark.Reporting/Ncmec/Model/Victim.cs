namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The report's <c>victim</c>: a child the provider can identify.</summary>
public sealed record Victim
{
    public required Person Person { get; init; }

    public UserAccount Account { get; init; } = new();

    public string? SchoolName { get; init; }
}
