using Bulwark.Detection.Text.Tokens;

namespace Bulwark.Detection.Text.Normalisation;

/// <summary>
/// A text and the views detectors match against, each with an exact map back to the original code units so evidence
/// points at what the user wrote. Detectors must normalise their own terms with the same <see cref="TextNormaliser"/>
/// and match <see cref="Canonical"/> against canonical terms and <see cref="Folded"/> against folded terms.
/// </summary>
public sealed class NormalisedText
{
    private readonly OffsetMap _canonicalMap;
    private readonly OffsetMap _foldedMap;
    private TokenList? _foldedTokens;
    private TokenList? _canonicalTokens;

    internal NormalisedText(
        string original,
        string canonical,
        OffsetMap canonicalMap,
        string folded,
        OffsetMap foldedMap,
        IReadOnlyList<DecodedSegment> decodedSegments,
        bool wasTruncated)
    {
        Original = original;
        Canonical = canonical;
        _canonicalMap = canonicalMap;
        Folded = folded;
        _foldedMap = foldedMap;
        DecodedSegments = decodedSegments;
        WasTruncated = wasTruncated;
    }

    /// <summary>The input, cut to <see cref="TextNormaliserOptions.MaxInputChars"/> when it was longer.</summary>
    public string Original { get; }

    /// <summary>
    /// NFKC; invisible and format characters removed; unusual spaces as ' '; UTS #39 confusables of non-ASCII
    /// characters folded to their prototypes; invariant lowercase. Digits stay digits. Normalising this string again
    /// gives the same string.
    /// </summary>
    public string Canonical { get; }

    /// <summary>
    /// <see cref="Canonical"/> prepared for word matching: leetspeak folded inside words that have letters
    /// ("h3ll0" to "hello", while "12" and "12yo" keep their digits), three or more single letters separated by the
    /// same punctuation joined ("h.e.l.l.o" to "hello"), and runs of three or more identical letters made one.
    /// </summary>
    public string Folded { get; }

    /// <summary>Text decoded from base64, base64url or hex runs of <see cref="Original"/>, each normalised too.</summary>
    public IReadOnlyList<DecodedSegment> DecodedSegments { get; }

    /// <summary>True when the input was longer than <see cref="TextNormaliserOptions.MaxInputChars"/> and was cut.</summary>
    public bool WasTruncated { get; }

    /// <summary>
    /// The tokens of <see cref="Folded"/>, made on first use and shared by every signal. Two threads asking at once may
    /// both tokenise; either list is the same, so no lock is needed.
    /// </summary>
    internal TokenList FoldedTokens => _foldedTokens ??= TokenList.Of(Folded);

    /// <summary>The tokens of <see cref="Canonical"/>; those of <see cref="Folded"/> when the two views are one string.</summary>
    internal TokenList CanonicalTokens =>
        ReferenceEquals(Canonical, Folded) ? FoldedTokens : _canonicalTokens ??= TokenList.Of(Canonical);

    /// <summary>The string of one view.</summary>
    public string Get(TextView view) => view switch
    {
        TextView.Original => Original,
        TextView.Canonical => Canonical,
        TextView.Folded => Folded,
        _ => throw new ArgumentOutOfRangeException(nameof(view), view, "Unknown text view."),
    };

    /// <summary>The tokens of the folded or canonical view.</summary>
    internal TokenList Tokens(TextView view) => view switch
    {
        TextView.Canonical => CanonicalTokens,
        TextView.Folded => FoldedTokens,
        _ => throw new ArgumentOutOfRangeException(nameof(view), view, "Only the folded and canonical views are tokenised."),
    };

    /// <summary>
    /// The range of <see cref="Original"/> that produced <paramref name="length"/> code units of
    /// <paramref name="view"/> starting at <paramref name="start"/>: from the first original character behind the
    /// first unit to the last original character behind the last unit. Invisible characters removed at either edge
    /// are left out; a character made by composing several (e and a combining accent) maps to all of them.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside the view.</exception>
    public TextSpan MapToOriginal(TextView view, int start, int length)
    {
        var text = Get(view);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, text.Length - start);

        return view switch
        {
            TextView.Canonical => _canonicalMap.Map(start, length),
            TextView.Folded => _foldedMap.Map(start, length),
            _ => new TextSpan(start, length),
        };
    }
}
