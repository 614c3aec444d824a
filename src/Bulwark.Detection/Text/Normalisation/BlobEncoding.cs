namespace Bulwark.Detection.Text.Normalisation;

/// <summary>How an encoded run in the input was decoded.</summary>
public enum BlobEncoding
{
    /// <summary>Standard base64 (RFC 4648 section 4), padding optional.</summary>
    Base64,

    /// <summary>URL-safe base64 (RFC 4648 section 5, '-' and '_'), padding optional.</summary>
    Base64Url,

    /// <summary>Hexadecimal digits, two per byte, either case.</summary>
    Hex,
}
