namespace Bulwark.Detection.Text.Normalisation;

/// <summary>
/// Turns user text into the views text detectors match against (<see cref="NormalisedText"/>), undoing the usual
/// evasions: compatibility forms, invisible characters, look-alike letters from other scripts, leetspeak, spaced-out
/// letters, stretched letters and base64 or hex encoding. Thread-safe; create one and share it.
/// </summary>
/// <remarks>
/// The Unicode data (NFKC, compositions, UTS #39 confusables) is embedded in this assembly and never fetched; see
/// THIRD-PARTY-NOTICES.md. Normalisation never throws on content: lone surrogates become U+FFFD in the derived views
/// and over-long inputs are truncated and flagged.
/// </remarks>
public sealed class TextNormaliser
{
    private readonly TextNormaliserOptions _options;
    private readonly CharacterFolding _folding = CharacterFolding.Shared;

    /// <summary>Creates a normaliser; <paramref name="options"/> defaults to <see cref="TextNormaliserOptions.Default"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public TextNormaliser(TextNormaliserOptions? options = null)
    {
        _options = options ?? TextNormaliserOptions.Default;
        _options.Validate();
    }

    /// <summary>Normalises <paramref name="text"/> into its canonical and folded views and decoded segments.</summary>
    public NormalisedText Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Normalise(text, depth: 0);
    }

    private NormalisedText Normalise(string text, int depth)
    {
        var truncated = text.Length > _options.MaxInputChars;
        if (truncated)
        {
            var cut = _options.MaxInputChars;
            if (char.IsHighSurrogate(text[cut - 1]) && char.IsLowSurrogate(text[cut]))
            {
                cut--;
            }

            text = text[..cut];
        }

        string canonical;
        OffsetMap canonicalMap;
        using (var builder = new MappedTextBuilder(text.Length + 16))
        {
            CanonicalView.Build(text, _folding, builder);

            // Equal code units at equal length can only come from the identity mapping (any rewrite changes a
            // character or the length), so clean text shares the original string and needs no map arrays.
            (canonical, canonicalMap) = builder.Chars.SequenceEqual(text)
                ? (text, OffsetMap.Identity(text.Length))
                : (builder.BuildText(), builder.BuildMap(text.Length));
        }

        string folded;
        OffsetMap foldedMap;
        using (var builder = new MappedTextBuilder(canonical.Length))
        {
            FoldedView.Build(canonical, builder);
            (folded, foldedMap) = builder.Chars.SequenceEqual(canonical)
                ? (canonical, canonicalMap)
                : (builder.BuildText(), builder.BuildMapThrough(canonicalMap, canonical.Length, text.Length));
        }

        IReadOnlyList<DecodedSegment> segments = [];
        if (_options.DecodeEncodedBlobs && depth < _options.MaxDecodeDepth && text.Length >= _options.MinEncodedBlobChars)
        {
            var blobs = EncodedBlobs.Find(text, _options.MinEncodedBlobChars, _options.MaxDecodedSegments);
            if (blobs is { Count: > 0 })
            {
                segments = DecodeSegments(blobs, depth + 1);
            }
        }

        return new NormalisedText(text, canonical, canonicalMap, folded, foldedMap, segments, truncated);
    }

    /// <summary>
    /// The decoded blobs, each normalised in turn. Its own method: a lambda capturing the depth made every call of
    /// <see cref="Normalise(string, int)"/> allocate its closure on entry, blobs or not.
    /// </summary>
    private List<DecodedSegment> DecodeSegments(List<(BlobEncoding Encoding, TextSpan Span, string Text)> blobs, int depth) =>
        blobs.ConvertAll(blob => new DecodedSegment(blob.Encoding, blob.Span, Normalise(blob.Text, depth)));
}
