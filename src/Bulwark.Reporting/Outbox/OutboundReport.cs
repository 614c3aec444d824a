namespace Bulwark.Reporting.Outbox;

/// <summary>A report as the destination will send it: its document and its files.</summary>
public sealed record OutboundReport(string CaseId, string Payload, IReadOnlyList<OutboundFile> Files);
