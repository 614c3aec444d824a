using System.Text.Json.Serialization;

namespace Bulwark.Server.Api;

/// <summary>An error: what was wrong, never the client's bytes.</summary>
public sealed record IntakeError([property: JsonPropertyName("error")] string Error);
