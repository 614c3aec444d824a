namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>A <c>details</c> block of a file: name/value pairs of one kind (EXIF, HASH) or of none.</summary>
public sealed record FileMetadata
{
    public FileMetadataType? Type { get; init; }

    public required IReadOnlyList<KeyValuePair<string, string>> Pairs { get; init; }
}
