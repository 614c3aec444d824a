using System.Text.Json.Serialization;

namespace Bulwark.Server.Api;

/// <summary>The answer to an appeal: its id, status (pending, upheld, reversed) and whether the action had been appealed before.</summary>
public sealed record AppealResponse(
    [property: JsonPropertyName("appeal_id")] Guid AppealId,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("duplicate")] bool Duplicate);
