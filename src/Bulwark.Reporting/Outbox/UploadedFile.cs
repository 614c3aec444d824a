namespace Bulwark.Reporting.Outbox;

/// <summary>The hotline holds a file, whose MD5 both sides agree on.</summary>
public sealed record UploadedFile(string RemoteFileId, string Md5, string? RequestId);
