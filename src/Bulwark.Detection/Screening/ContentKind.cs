namespace Bulwark.Detection.Screening;

/// <summary>What a <see cref="Content"/> holds.</summary>
public enum ContentKind
{
    /// <summary>A text segment.</summary>
    Text,

    /// <summary>The encoded bytes of an image.</summary>
    Image,
}
