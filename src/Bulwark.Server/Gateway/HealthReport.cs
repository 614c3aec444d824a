using System.Text.Json.Serialization;

namespace Bulwark.Server.Gateway;

/// <summary>The body of <c>/healthz</c>: the process is alive and serving HTTP.</summary>
/// <param name="Status">Always <c>ok</c>.</param>
internal sealed record HealthReport([property: JsonPropertyName("status")] string Status);
