namespace Bulwark.Casework.Access;

/// <summary>A customer of the provider running Bulwark: API keys, accounts and incidents belong to one.</summary>
public sealed class Tenant
{
    /// <summary>The tenant's id, chosen by the operator (e.g. <c>acme</c>).</summary>
    public required string Id { get; set; }

    /// <summary>When the tenant was first seen.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
