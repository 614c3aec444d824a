namespace Bulwark.Casework.Enforcement;

/// <summary>Names an end-user account: the tenant and the tenant's own id for the user.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="ExternalUserId">The tenant's id for the user.</param>
public sealed record AccountRef(string TenantId, string ExternalUserId)
{
    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(TenantId, nameof(TenantId));
        ArgumentException.ThrowIfNullOrWhiteSpace(ExternalUserId, nameof(ExternalUserId));
    }

    /// <summary>The audit subject form, <c>account/tenant/user</c>.</summary>
    public override string ToString() => $"account/{TenantId}/{ExternalUserId}";
}
