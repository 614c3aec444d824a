namespace Bulwark.Reporting.Outbox;

/// <summary>What to hold and until when: the case's evidence references, from the report's finishing on.</summary>
public sealed record PreservationHoldRequest(
    string CaseId,
    string Destination,
    string RemoteReportId,
    IReadOnlyList<string> EvidenceReferences,
    DateTimeOffset FiledAt,
    DateTimeOffset HoldUntil);
