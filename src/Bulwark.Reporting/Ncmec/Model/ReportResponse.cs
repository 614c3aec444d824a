namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>NCMEC's <c>reportResponse</c>: the answer to every call except <c>/finish</c>. Code 0 is success.</summary>
public sealed record ReportResponse
{
    public required int ResponseCode { get; init; }

    public required string ResponseDescription { get; init; }

    public long? ReportId { get; init; }

    public string? FileId { get; init; }

    /// <summary>On upload: the MD5 (hex) of the bytes NCMEC received.</summary>
    public string? Hash { get; init; }
}
