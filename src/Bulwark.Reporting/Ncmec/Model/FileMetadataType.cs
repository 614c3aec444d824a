namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>The schema's <c>metadataTypes</c>.</summary>
public enum FileMetadataType
{
    Exif,
    Hash,
}
