namespace Bulwark.Detection.Screening;

/// <summary>Who a piece of content belongs to; carried through to incidents and enforcement, never used to decide.</summary>
/// <param name="TenantId">The provider's customer or workspace.</param>
/// <param name="UserId">The end user.</param>
/// <param name="ConversationId">The conversation or session.</param>
public sealed record ContentSubject(string? TenantId = null, string? UserId = null, string? ConversationId = null)
{
    /// <summary>No subject known (batch scans, tests).</summary>
    public static ContentSubject None { get; } = new();
}
