namespace Bulwark.Reporting.Cases;

/// <summary>
/// One file of evidence. The bytes are not held here: <see cref="Reference"/> is resolved by an
/// <see cref="Outbox.IEvidenceOpener"/> each time the file is needed, so a restarted outbox can read it again.
/// </summary>
public sealed record EvidenceFile
{
    /// <summary>The name to give NCMEC (no path).</summary>
    public required string FileName { get; init; }

    /// <summary>Where the evidence store keeps the bytes (a vault id; a path for the file-system opener).</summary>
    public required string Reference { get; init; }

    /// <summary>SHA-256 of the bytes (hex), as recorded when the evidence was taken.</summary>
    public string? Sha256 { get; init; }

    /// <summary>MD5 of the bytes (hex); when given, the bytes read at upload time must still match it.</summary>
    public string? Md5 { get; init; }

    /// <summary>When the file reached the provider (uploaded by the user or produced by the model).</summary>
    public DateTimeOffset? UploadedAt { get; init; }

    /// <summary>The file is the model's own output.</summary>
    public bool IsModelOutput { get; init; }

    /// <summary>A reviewer or classifier judged the file AI-generated (e.g. an upload made elsewhere with AI).</summary>
    public bool JudgedAiGenerated { get; init; }

    /// <summary>Whether a person at the provider viewed the file.</summary>
    public bool ViewedByReviewer { get; init; }

    /// <summary>Context rather than the reported content itself (NCMEC's "Supplemental Reported").</summary>
    public bool Supplemental { get; init; }

    /// <summary>The reviewer's industry classification (A1, A2, B1, B2); sent only by MOU signatories.</summary>
    public string? IndustryClassification { get; init; }
}
