namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>A hash of the file as the provider holds it, e.g. ("MD5", hex) or ("SHA256", hex) or ("PDQ", hex).</summary>
public sealed record OriginalFileHash(string HashType, string Value);
