namespace Bulwark.Reporting.Casework;

/// <summary>
/// An evidence file a case offers for its report, as the console lists it for choosing: which incident it belongs to,
/// the name NCMEC gets, whether it is the model's own output (so carries <c>generativeAi</c>), and whether it is chosen.
/// </summary>
public sealed record CaseEvidenceFile(
    Guid EvidenceId,
    Guid IncidentId,
    string FileName,
    string MediaType,
    DateTimeOffset OccurredAt,
    string Surface,
    bool IsModelOutput,
    bool Supplemental,
    bool Selected);
