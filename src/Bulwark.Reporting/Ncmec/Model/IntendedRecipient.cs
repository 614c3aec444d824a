namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The report's <c>intendedRecipient</c>: someone the reported content was meant for.</summary>
public sealed record IntendedRecipient
{
    public Person? Person { get; init; }

    public UserAccount Account { get; init; } = new();
}
