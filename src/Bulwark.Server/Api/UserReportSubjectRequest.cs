using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Bulwark.Server.Api;

/// <summary>The subject of a user report.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record UserReportSubjectRequest
{
    /// <summary><c>response</c>, <c>conversation</c>, <c>image</c> or <c>account</c>.</summary>
    [JsonPropertyName("type")]
    [Description("response, conversation, image or account.")]
    public required string Type { get; init; }

    /// <summary>The tenant's id for it (for an account: the end user's id, as sent in X-Bulwark-User).</summary>
    [JsonPropertyName("id")]
    [Description("The tenant's id for the response, conversation, image or account (for an account, the end user's id as sent in X-Bulwark-User), 1-256 characters.")]
    public required string Id { get; init; }

    /// <summary>The end user who produced it, if known: groups the report into that user's case.</summary>
    [JsonPropertyName("user_id")]
    [Description("The end user the response, conversation or image belongs to (as sent in X-Bulwark-User), if known.")]
    public string? UserId { get; init; }
}
