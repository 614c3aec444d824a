using Bulwark.Detection.Text.Signals;

namespace Bulwark.Detection.Text.Classification;

/// <summary>The cues of one text and the queries the scoring rules ask of them: the most confident of some kinds, anywhere or near another cue.</summary>
internal sealed class CueSet
{
    private static readonly int[] Sexualising = [(int)SexualIndicatorKind.Sexual, (int)SexualIndicatorKind.Nudity, (int)SexualIndicatorKind.Material];

    private readonly Cue[] _cues;
    private readonly int[] _starts;
    private readonly int _longest;
    private readonly bool _wholeText;

    /// <param name="cues">The cues of one text.</param>
    /// <param name="wholeText">Every cue counts as near every other.</param>
    public CueSet(IReadOnlyList<Cue> cues, bool wholeText)
    {
        _wholeText = wholeText;
        var health = cues.Where(cue => cue.Is(SignalFamily.Sexual, (int)SexualIndicatorKind.HealthOrEducation)).ToList();
        // A sexual word inside a health phrase ("sex" of "sex education") is the phrase, not sexual content.
        // Sorted by position, so "near" looks at a window found by binary search instead of every cue: a 20,000-character
        // text has thousands of cues, and pairing each with all the others made scoring quadratic.
        _cues = [.. cues.Where(cue => !(cue.Family == SignalFamily.Sexual && Sexualising.Contains(cue.Kind) && health.Exists(h => Overlap(h, cue))))
            .OrderBy(cue => cue.Span.Start)];
        _starts = [.. _cues.Select(cue => cue.Span.Start)];
        _longest = _cues.Length == 0 ? 0 : _cues.Max(cue => cue.Span.Length);
    }

    public Cue? Best(SignalFamily family) => Pick(cue => cue.Family == family);

    public Cue? Best(SignalFamily family, int kind) => Pick(cue => cue.Is(family, kind));

    public Cue? Best(SignalFamily family, int[] kinds) => Pick(cue => cue.Family == family && kinds.Contains(cue.Kind));

    public IEnumerable<Cue> All(SignalFamily family, int kind) => _cues.Where(cue => cue.Is(family, kind));

    public IEnumerable<Cue> All(SignalFamily family, int[] kinds) => _cues.Where(cue => cue.Family == family && kinds.Contains(cue.Kind));

    public Cue? Near(SignalFamily family, Cue anchor) => PickNear(anchor, cue => cue.Family == family);

    public Cue? Near(SignalFamily family, int kind, Cue anchor) => PickNear(anchor, cue => cue.Is(family, kind));

    public Cue? Near(SignalFamily family, int[] kinds, Cue anchor) => PickNear(anchor, cue => cue.Family == family && kinds.Contains(cue.Kind));

    /// <summary>The most confident minor indicator or young-person word near <paramref name="anchor"/>.</summary>
    public Cue? NearestMinor(Cue anchor) => PickNear(anchor, cue => cue.Family is SignalFamily.Minor or SignalFamily.YoungPerson);

    /// <summary>
    /// The sexual word or material and the minor near it that score highest together. Young-person words do not count
    /// here: "my daughter looks sexy in her wedding dress" is about an adult far more often than not.
    /// </summary>
    public (Cue Sexual, Cue Minor)? SexualisingPair()
    {
        (Cue Sexual, Cue Minor)? best = null;
        var bestScore = 0.0;
        foreach (var sexual in _cues)
        {
            if (sexual.Family != SignalFamily.Sexual || !Sexualising.Contains(sexual.Kind) || Near(SignalFamily.Minor, sexual) is not { } minor)
            {
                continue;
            }

            var score = sexual.Confidence * Math.Sqrt(minor.Confidence);
            if (score > bestScore)
            {
                (best, bestScore) = ((sexual, minor), score);
            }
        }

        return best;
    }

    private bool IsNear(Cue a, Cue b) =>
        _wholeText || Math.Max(a.Span.Start, b.Span.Start) - Math.Min(a.Span.End, b.Span.End) <= CategoryScorer.NearChars;

    private static bool Overlap(Cue a, Cue b) => a.Span.Start < b.Span.End && b.Span.Start < a.Span.End;

    /// <summary>The most confident cue matching <paramref name="match"/> within <see cref="CategoryScorer.NearChars"/> of <paramref name="anchor"/>.</summary>
    private Cue? PickNear(Cue anchor, Func<Cue, bool> match)
    {
        if (_wholeText)
        {
            return Pick(match);
        }

        // Cues starting before anchor.Start - NearChars - longest cannot reach the anchor; those starting after its end + NearChars are too far.
        var from = Array.BinarySearch(_starts, anchor.Span.Start - CategoryScorer.NearChars - _longest);
        from = from < 0 ? ~from : from;
        while (from > 0 && _starts[from - 1] == _starts[from])
        {
            from--;
        }

        Cue? best = null;
        for (var i = from; i < _cues.Length && _starts[i] <= anchor.Span.End + CategoryScorer.NearChars; i++)
        {
            var cue = _cues[i];
            if (match(cue) && IsNear(cue, anchor) && (best is null || cue.Confidence > best.Value.Confidence))
            {
                best = cue;
            }
        }

        return best;
    }

    private Cue? Pick(Func<Cue, bool> match)
    {
        Cue? best = null;
        foreach (var cue in _cues)
        {
            if (match(cue) && (best is null || cue.Confidence > best.Value.Confidence))
            {
                best = cue;
            }
        }

        return best;
    }
}
