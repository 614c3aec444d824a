namespace Bulwark.Detection.Policy;

/// <summary>A confidential helpline or reporting service shown with prevention and support messages.</summary>
/// <param name="Id">The resource's id, referenced from message sets.</param>
/// <param name="Name">The name shown to the user.</param>
/// <param name="Audience">Who it is for: <c>adults</c>, <c>young_people</c> or <c>everyone</c>.</param>
/// <param name="Regions">ISO 3166-1 region codes it serves (upper case); <c>*</c> means anywhere.</param>
/// <param name="Phone">A phone number as dialled in its regions, if it has one.</param>
/// <param name="Url">Its web address, if it has one.</param>
public sealed record HelpResource(string Id, string Name, string Audience, IReadOnlyList<string> Regions, string? Phone, Uri? Url)
{
    /// <summary>Whether the resource names <paramref name="region"/> (not counting <c>*</c>).</summary>
    public bool Serves(string region) => Regions.Contains(region, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the resource serves every region.</summary>
    public bool IsGlobal => Regions.Contains("*");
}
