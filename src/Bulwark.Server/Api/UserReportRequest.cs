using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Bulwark.Server.Api;

/// <summary>The body of <c>POST /v1/reports</c>: a user of the tenant's app reports a response, conversation, image or account.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record UserReportRequest
{
    /// <summary>The tenant's id for the reporting user (opaque; not an email address).</summary>
    [JsonPropertyName("reporter_id")]
    [Description("The tenant's opaque id for the reporting user, 1-256 characters.")]
    public required string ReporterId { get; init; }

    /// <summary>What is reported.</summary>
    [JsonPropertyName("subject")]
    public required UserReportSubjectRequest Subject { get; init; }

    /// <summary>The reporter's category: a policy category id or <c>other</c>.</summary>
    [JsonPropertyName("category")]
    [Description("A category id of the gateway's policy (e.g. grooming), or 'other'.")]
    public required string Category { get; init; }

    /// <summary>The reporter's own words, at most 4,000 characters; stored encrypted.</summary>
    [JsonPropertyName("text")]
    [Description("The reporter's own words, at most 4,000 characters; stored encrypted in the evidence vault.")]
    public string? Text { get; init; }
}
