namespace Bulwark.Reporting.Ncmec.Client;

/// <summary>An upload NCMEC accepted: its file id, and the MD5 both sides agree on (lower-case hex).</summary>
public sealed record UploadResult(string FileId, string Md5, long Length);
