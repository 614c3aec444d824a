using Bulwark.Detection.Text.Signals;

namespace Bulwark.Detection.Text.Classification;

/// <summary>
/// The cues of one text and the queries the scoring rules ask of them: the most confident of some kinds, anywhere or
/// near another cue. Cues are kept per family, sorted by position, so "near" looks at a window found by binary search
/// instead of at every cue (a 20,000-character text has thousands of cues, and pairing each with all the others made
/// scoring quadratic); kinds are matched by bit mask, so a query allocates nothing.
/// </summary>
internal sealed class CueSet
{
    private const int AnyKind = -1;
    private const int SexualisingKinds = 1 << (int)SexualIndicatorKind.Sexual | 1 << (int)SexualIndicatorKind.Nudity | 1 << (int)SexualIndicatorKind.Material;

    private static readonly int FamilyCount = Enum.GetValues<SignalFamily>().Length;

    private readonly Family[] _families;
    private readonly bool _wholeText;

    /// <param name="cues">The cues of one text.</param>
    /// <param name="wholeText">Every cue counts as near every other.</param>
    public CueSet(IReadOnlyList<Cue> cues, bool wholeText)
    {
        _wholeText = wholeText;

        // Counted, then filled: one exactly sized array per family, no list growth and no copy (dense text has thousands of cues).
        var counts = new int[FamilyCount];
        var health = 0;
        foreach (var cue in cues)
        {
            counts[(int)cue.Family]++;
            if (cue.Is(SignalFamily.Sexual, (int)SexualIndicatorKind.HealthOrEducation))
            {
                health++;
            }
        }

        var byFamily = new Cue[FamilyCount][];
        for (var family = 0; family < FamilyCount; family++)
        {
            byFamily[family] = counts[family] == 0 ? [] : new Cue[counts[family]];
        }

        var healthCues = health == 0 ? [] : new Cue[health];
        Array.Clear(counts);
        health = 0;
        foreach (var cue in cues)
        {
            byFamily[(int)cue.Family][counts[(int)cue.Family]++] = cue;
            if (cue.Is(SignalFamily.Sexual, (int)SexualIndicatorKind.HealthOrEducation))
            {
                healthCues[health++] = cue;
            }
        }

        // A sexual word inside a health phrase ("sex" of "sex education") is the phrase, not sexual content.
        if (healthCues.Length > 0)
        {
            byFamily[(int)SignalFamily.Sexual] = WithoutHealthWords(byFamily[(int)SignalFamily.Sexual], healthCues);
        }

        _families = new Family[FamilyCount];
        for (var family = 0; family < FamilyCount; family++)
        {
            _families[family] = new Family(byFamily[family]);
        }
    }

    /// <summary>The sexual cues without the sexualising words that sit inside a health or education phrase, in order.</summary>
    private static Cue[] WithoutHealthWords(Cue[] sexual, Cue[] health)
    {
        var kept = 0;
        foreach (var cue in sexual)
        {
            if ((SexualisingKinds & 1 << cue.Kind) == 0 || !Array.Exists(health, h => h.Span.Overlaps(cue.Span)))
            {
                sexual[kept++] = cue;
            }
        }

        return kept == sexual.Length ? sexual : sexual[..kept];
    }

    /// <summary>A mask of <paramref name="kinds"/> for the queries below.</summary>
    public static int Mask(params ReadOnlySpan<int> kinds)
    {
        var mask = 0;
        foreach (var kind in kinds)
        {
            mask |= 1 << kind;
        }

        return mask;
    }

    public Cue? Best(SignalFamily family, int kindMask = AnyKind) => _families[(int)family].Best(kindMask);

    public IEnumerable<Cue> All(SignalFamily family, int kindMask = AnyKind) =>
        _families[(int)family].Cues.Where(cue => (kindMask & 1 << cue.Kind) != 0);

    public Cue? Near(SignalFamily family, Cue anchor, int kindMask = AnyKind) =>
        _wholeText ? Best(family, kindMask) : _families[(int)family].Near(anchor, kindMask);

    /// <summary>The most confident minor indicator or young-person word near <paramref name="anchor"/>.</summary>
    public Cue? NearestMinor(Cue anchor) => MoreConfident(Near(SignalFamily.Minor, anchor), Near(SignalFamily.YoungPerson, anchor));

    /// <summary>
    /// The sexual word or material and the minor near it that score highest together. Young-person words do not count
    /// here: "my daughter looks sexy in her wedding dress" is about an adult far more often than not.
    /// </summary>
    public (Cue Sexual, Cue Minor)? SexualisingPair()
    {
        (Cue Sexual, Cue Minor)? best = null;
        var bestScore = 0.0;
        foreach (var sexual in _families[(int)SignalFamily.Sexual].Cues)
        {
            if ((SexualisingKinds & 1 << sexual.Kind) == 0 || Near(SignalFamily.Minor, sexual) is not { } minor)
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

    /// <summary>The more confident of two cues that may be missing; the first on a tie.</summary>
    public static Cue? MoreConfident(Cue? a, Cue? b) => a is null ? b : b is null ? a : b.Value.Confidence > a.Value.Confidence ? b : a;

    /// <summary>The cues of one family, sorted by position, with their starts for binary search.</summary>
    private sealed class Family
    {
        private readonly int[] _starts;
        private readonly int _longest;

        /// <param name="cues">The family's cues in the order they were found; sorted here, in place.</param>
        public Family(Cue[] cues)
        {
            // The same introspective sort List.Sort used, on the same order of input: ties come out as before.
            cues.AsSpan().Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
            Cues = cues;
            _starts = new int[cues.Length];
            for (var i = 0; i < cues.Length; i++)
            {
                _starts[i] = cues[i].Span.Start;
                _longest = Math.Max(_longest, cues[i].Span.Length);
            }
        }

        public Cue[] Cues { get; }

        public Cue? Best(int kindMask)
        {
            Cue? best = null;
            foreach (var cue in Cues)
            {
                if ((kindMask & 1 << cue.Kind) != 0 && (best is null || cue.Confidence > best.Value.Confidence))
                {
                    best = cue;
                }
            }

            return best;
        }

        /// <summary>The most confident cue of <paramref name="kindMask"/> within <see cref="CategoryScorer.NearChars"/> of <paramref name="anchor"/>.</summary>
        public Cue? Near(Cue anchor, int kindMask)
        {
            // Cues starting before anchor.Start - NearChars - longest cannot reach the anchor; those starting after its end + NearChars are too far.
            var from = Array.BinarySearch(_starts, anchor.Span.Start - CategoryScorer.NearChars - _longest);
            from = from < 0 ? ~from : from;
            while (from > 0 && from < _starts.Length && _starts[from - 1] == _starts[from])
            {
                from--;
            }

            Cue? best = null;
            for (var i = from; i < Cues.Length && _starts[i] <= anchor.Span.End + CategoryScorer.NearChars; i++)
            {
                var cue = Cues[i];
                if ((kindMask & 1 << cue.Kind) != 0 && IsNear(cue, anchor) && (best is null || cue.Confidence > best.Value.Confidence))
                {
                    best = cue;
                }
            }

            return best;
        }

        private static bool IsNear(Cue a, Cue b) =>
            Math.Max(a.Span.Start, b.Span.Start) - Math.Min(a.Span.End, b.Span.End) <= CategoryScorer.NearChars;
    }
}
