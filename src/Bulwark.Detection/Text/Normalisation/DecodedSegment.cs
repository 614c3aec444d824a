namespace Bulwark.Detection.Text.Normalisation;

/// <summary>
/// Text found by decoding a base64 or hex run of the original input. The decoded text is normalised like any
/// input, so detectors can match its views; evidence found anywhere in it points at <see cref="OriginalSpan"/>,
/// the encoded run the user wrote.
/// </summary>
public sealed class DecodedSegment
{
    internal DecodedSegment(BlobEncoding encoding, TextSpan originalSpan, NormalisedText text)
    {
        Encoding = encoding;
        OriginalSpan = originalSpan;
        Text = text;
    }

    /// <summary>The encoding that was decoded.</summary>
    public BlobEncoding Encoding { get; }

    /// <summary>The encoded run in the enclosing input's original view.</summary>
    public TextSpan OriginalSpan { get; }

    /// <summary>The decoded text (its <see cref="NormalisedText.Original"/> is the decoded UTF-8) and its views.</summary>
    public NormalisedText Text { get; }
}
