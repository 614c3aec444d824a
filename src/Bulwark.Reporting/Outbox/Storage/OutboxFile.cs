namespace Bulwark.Reporting.Outbox.Storage;

/// <summary>One file of an outbox report.</summary>
public sealed class OutboxFile
{
    public Guid Id { get; set; }

    public Guid ReportId { get; set; }

    public int Ordinal { get; set; }

    public required string FileName { get; set; }

    public required string EvidenceReference { get; set; }

    public string? ExpectedMd5 { get; set; }

    /// <summary>The file's details document, with placeholder ids until it is sent.</summary>
    public required string DetailsPayload { get; set; }

    public FileState State { get; set; }

    public string? RemoteFileId { get; set; }

    /// <summary>The MD5 the hotline confirmed for the upload.</summary>
    public string? Md5 { get; set; }

    public DateTimeOffset? UploadedAt { get; set; }
}
