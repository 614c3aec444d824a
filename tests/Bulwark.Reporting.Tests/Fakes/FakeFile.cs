namespace Bulwark.Reporting.Tests.Fakes;

/// <summary>A file the fake CyberTipline received, and its details once sent.</summary>
internal sealed class FakeFile(string fileId, string fileName, string md5, long length)
{
    public string FileId { get; } = fileId;

    public string FileName { get; } = fileName;

    public string Md5 { get; } = md5;

    public long Length { get; } = length;

    public string? Details { get; set; }
}
