namespace Bulwark.Reporting.Cases;

/// <summary>Where and when the gateway saw the content: surface (prompt, output, upload …), model and time.</summary>
public sealed record GatewayMetadata(string Surface, string? Model, DateTimeOffset At);
