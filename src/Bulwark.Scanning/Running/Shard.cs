using Bulwark.Scanning.Formats;

namespace Bulwark.Scanning.Running;

/// <summary>One unit of work: a file (or a folder of images), its path under the output, and its format.</summary>
internal sealed record Shard(string SourcePath, string RelativePath, IDatasetFormat Format)
{
    /// <summary>A file-system-safe name for the shard's checkpoint and manifest part, unique per relative path.</summary>
    public string Key => KeyOf(RelativePath);

    public static string KeyOf(string relativePath)
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(relativePath)))[..16];
        var name = new string([.. Path.GetFileName(relativePath).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]);
        return $"{name}-{hash}";
    }
}
