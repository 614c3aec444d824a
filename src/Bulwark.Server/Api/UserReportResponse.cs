using System.Text.Json.Serialization;

namespace Bulwark.Server.Api;

/// <summary>The answer to a report: its id, and whether the same report had been received before.</summary>
public sealed record UserReportResponse(
    [property: JsonPropertyName("report_id")] Guid ReportId,
    [property: JsonPropertyName("duplicate")] bool Duplicate);
