namespace Bulwark.Reporting.Outbox;

/// <summary>A file to send: name, evidence reference, expected MD5 (hex, may be null) and its details document.</summary>
public sealed record OutboundFile(string FileName, string EvidenceReference, string? ExpectedMd5, string DetailsPayload);
