namespace Bulwark.Scanning.Records;

/// <summary>
/// Which columns (Parquet), fields (JSONL, WebDataset .json members) hold what. Each property lists candidate names
/// tried in order, an exact match first, then ignoring case; the defaults cover the LAION and img2dataset layouts.
/// </summary>
public sealed class ColumnMapping
{
    public IReadOnlyList<string> Url { get; init; } = ["url", "URL"];

    public IReadOnlyList<string> Caption { get; init; } = ["caption", "TEXT", "text"];

    /// <summary>A column holding the MD5 of the image as hex. LAION's <c>hash</c> column is not an MD5, so it is not a default.</summary>
    public IReadOnlyList<string> Md5 { get; init; } = ["md5"];

    public IReadOnlyList<string> Sha256 { get; init; } = ["sha256"];

    /// <summary>A column of encoded image bytes (img2dataset's parquet output with images, or base64 in JSONL).</summary>
    public IReadOnlyList<string> Image { get; init; } = ["jpg", "image", "png", "webp"];

    public IReadOnlyList<string> Id { get; init; } = ["key", "id", "SAMPLE_ID"];

    /// <summary>A column naming the dataset or source a record came from, matched against the known-risk source list.</summary>
    public IReadOnlyList<string> Source { get; init; } = ["source", "dataset"];

    public static ColumnMapping Default { get; } = new();

    /// <summary>The first candidate present among <paramref name="available"/>: exact, then case-insensitive.</summary>
    internal static string? Find(IReadOnlyList<string> candidates, IReadOnlyCollection<string> available)
    {
        foreach (var candidate in candidates)
        {
            if (available.Contains(candidate, StringComparer.Ordinal))
            {
                return candidate;
            }
        }

        foreach (var candidate in candidates)
        {
            if (available.FirstOrDefault(name => string.Equals(name, candidate, StringComparison.OrdinalIgnoreCase)) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>A short text naming the mapping, part of the scan's fingerprint so a resume cannot mix mappings.</summary>
    internal string Describe() =>
        string.Join(";", new[] { Url, Caption, Md5, Sha256, Image, Id, Source }.Select(names => string.Join(",", names)));
}
