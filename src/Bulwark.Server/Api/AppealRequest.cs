using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Bulwark.Server.Api;

/// <summary>The body of <c>POST /v1/appeals</c>: an end user appeals an enforcement action.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AppealRequest
{
    /// <summary>The end user (as sent in X-Bulwark-User); the measure currently in force on the account is appealed.</summary>
    [JsonPropertyName("user_id")]
    [Description("The end user, as sent in X-Bulwark-User. Without enforcement_action_id, the measure currently in force on the account is appealed.")]
    public string? UserId { get; init; }

    /// <summary>A particular action, instead of the one in force.</summary>
    [JsonPropertyName("enforcement_action_id")]
    [Description("A particular enforcement action's id, instead of the measure in force.")]
    public Guid? EnforcementActionId { get; init; }

    /// <summary>The user's statement, at most 4,000 characters; stored encrypted.</summary>
    [JsonPropertyName("statement")]
    [Description("The user's own words, at most 4,000 characters; stored encrypted.")]
    public string? Statement { get; init; }
}
