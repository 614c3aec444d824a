namespace Bulwark.Scanning.Tests.Support;

/// <summary>One generated record: what the dataset files hold for it.</summary>
internal sealed record TestRecord(string Id, string Url, string Caption, byte[] Image, string? Source)
{
    // MD5 because hash lists carry MD5s; not a security use.
#pragma warning disable CA5351
    public string Md5 => Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(Image));
#pragma warning restore CA5351
}
