namespace Bulwark.Detection.Hashing.Pdq;

/// <summary>How a query looks for rotated and mirrored copies of bank images.</summary>
public enum PdqOrientationSearch
{
    /// <summary>Only the image as given.</summary>
    None,

    /// <summary>
    /// Eight hashes predicted from one DCT (the reference's --pdqdih): nearly free, but the prediction drifts
    /// on small or finely textured images because the filter grid is not symmetric.
    /// </summary>
    FromDct,

    /// <summary>
    /// Turn the pixels back in each of the eight ways and hash each: eight times the cost of one hash, and an
    /// exact rotation or mirror of a bank image then matches at distance zero.
    /// </summary>
    Rehash,
}
