namespace Bulwark.Reporting.Outbox;

/// <summary>The hotline completed the report: its receipt document and the files it lists.</summary>
public sealed record FinishedReport(string Receipt, IReadOnlyList<string> RemoteFileIds, string? RequestId);
