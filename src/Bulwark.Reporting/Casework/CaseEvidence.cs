namespace Bulwark.Reporting.Casework;

/// <summary>
/// One evidence item of a case, as read from the vault for a report: its bytes (to hash and to tell the file type) and
/// whether a person at the provider saw it in full (an image revealed unblurred, a text read on the case page).
/// </summary>
public sealed record CaseEvidence(Guid Id, ReadOnlyMemory<byte> Content, string ContentType, bool ViewedByReviewer);
