using System.Buffers;
using Bulwark.Detection.Text.Normalisation;
using Bulwark.Detection.Text.Signals.Phrases;
using Bulwark.Detection.Text.Signals.Sexual;
using Hit = Bulwark.Detection.Text.Signals.Phrases.PhraseHit<Bulwark.Detection.Text.Signals.Sexual.SexualRuleSpec>;

namespace Bulwark.Detection.Text.Signals;

/// <summary>
/// Finds sexual words and framing ("sexy", "erotic", "エロ"), nudity ("naked", "desnuda", "裸体"), sexual material
/// ("porn", "nudes", "NSFW", "黄片"), code words for abuse material ("pthc", "cp links", "KiPo"), romantic framing
/// ("girlfriend", "свидание", "约会") and sexual health or education ("puberty", "éducation sexuelle", "性教育") in
/// English, Spanish, French, German, Portuguese, Italian, Russian, Chinese and Japanese. Thread-safe; create one and
/// share it.
/// </summary>
/// <remarks>
/// One tokenising pass over the folded view of <see cref="TextNormaliser"/> with one frozen-dictionary lookup per
/// token, using the tokeniser of <see cref="MinorIndicatorDetector"/>; text decoded from base64 or hex is scanned too,
/// its evidence pointing at the encoded run. Words with an everyday second sense score below <see cref="Likely"/>
/// ("explicit", "date", "loli", "CSAM"). A sexual word inside a health, education or abuse-topic phrase ("sexual
/// health", "educación sexual", "sexual assault") is not reported as sexual: the phrase is reported as
/// <see cref="SexualIndicatorKind.HealthOrEducation"/> instead, below <see cref="Likely"/> for a bare abuse topic. The
/// detector says what the words are, not who they are about: whether a minor is involved is the classifier's question.
/// See README.md in Sexual/ for the rules and the decisions behind them.
/// </remarks>
public sealed class SexualIndicatorDetector
{
    /// <summary>Confidence at or above which a finding on its own is probably real.</summary>
    public const double Likely = 0.5;

    /// <summary>How many <see cref="SexualIndicatorKind"/> values there are.</summary>
    private const int KindCount = (int)SexualIndicatorKind.HealthOrEducation + 1;

    /// <summary>Characters after a word that make it a form label or a scope ("Sex: male", "std::vector").</summary>
    private static readonly SearchValues<char> LabelMarks = SearchValues.Create(":=\uFF1A\uFF1D");

    /// <summary>Characters after a word that make it a path or glob ("cp videos/", "cp pics\\", "cp pics*").</summary>
    private static readonly SearchValues<char> PathMarks = SearchValues.Create("/\\*");

    private readonly TextNormaliser _normaliser;
    private readonly PhraseLexicon<SexualRuleSpec> _lexicon = SexualLexicon.Shared;

    /// <summary>Creates a detector that normalises with <paramref name="normaliser"/> (a default one when null).</summary>
    public SexualIndicatorDetector(TextNormaliser? normaliser = null)
    {
        _normaliser = normaliser ?? new TextNormaliser();
    }

    /// <summary>Normalises <paramref name="text"/> and returns its sexual indicators in order of position.</summary>
    public IReadOnlyList<SexualIndicator> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Detect(_normaliser.Normalise(text));
    }

    /// <summary>
    /// Returns the sexual indicators of an already normalised text in order of position; overlapping findings of one
    /// kind are merged into the most confident. Evidence found in decoded base64 or hex points at the encoded run.
    /// </summary>
    public IReadOnlyList<SexualIndicator> Detect(NormalisedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var findings = new List<SexualIndicator>();
        Scan(text, null, findings);
        return Merge(findings);
    }

    private void Scan(NormalisedText text, TextSpan? segmentSpan, List<SexualIndicator> findings)
    {
        var scan = new PhraseScan<SexualRuleSpec>(text.FoldedTokens, _lexicon);
        var hits = ScratchList<Hit>.Rent();
        scan.Collect(hits);
        Report(text, scan, hits, segmentSpan, findings);
        ScratchList<Hit>.Return(hits);

        foreach (var segment in text.DecodedSegments)
        {
            Scan(segment.Text, segmentSpan ?? segment.OriginalSpan, findings);
        }
    }

    private static void Report(NormalisedText text, in PhraseScan<SexualRuleSpec> scan, List<Hit> hits, TextSpan? segmentSpan, List<SexualIndicator> findings)
    {
        // Health, education and abuse-topic phrases are few; the content matches they overlap are dropped below.
        List<Hit>? frames = null;
        foreach (var hit in hits)
        {
            if (hit.Spec.Kind == SexualIndicatorKind.HealthOrEducation && Counts(text, scan, hit))
            {
                (frames ??= []).Add(hit);
            }
        }

        foreach (var hit in hits)
        {
            var spec = hit.Spec;
            if (!Counts(text, scan, hit) || (spec.Kind is not (SexualIndicatorKind.HealthOrEducation or SexualIndicatorKind.AbuseMaterialCode) && InFrame(frames, hit)))
            {
                continue;
            }

            findings.Add(new SexualIndicator(spec.Kind, spec.Confidence, spec.Language, segmentSpan ?? scan.Map(text, hit.First, hit.Last), spec.Id));
        }
    }

    /// <summary>Whether a match survives its rule's checks of the characters around it.</summary>
    private static bool Counts(NormalisedText text, in PhraseScan<SexualRuleSpec> scan, Hit hit)
    {
        var spec = hit.Spec;
        var view = text.Folded.AsSpan();
        var start = scan.Tokens[hit.First].Start;
        var end = scan.Tokens[hit.Last].End;
        if (spec.NotAfterHan && start > 0 && IsHan(view[start - 1]))
        {
            return false;
        }

        if (spec.NotALabel)
        {
            var after = view[end..].TrimStart(' ');
            if (after.Length > 0 && LabelMarks.Contains(after[0]))
            {
                return false;
            }
        }

        if (spec.NotAPath && end < view.Length
            && (PathMarks.Contains(view[end]) || (view[end] == '.' && end + 1 < view.Length && char.IsLetterOrDigit(view[end + 1]))))
        {
            return false;
        }

        return spec.MinFirstWordChars == 0 || scan.Map(text, hit.First, hit.First).Length >= spec.MinFirstWordChars;
    }

    /// <summary>Whether the match shares a token with a health, education or abuse-topic phrase ("sexual" in "sexual health").</summary>
    private static bool InFrame(List<Hit>? frames, Hit hit)
    {
        if (frames is null)
        {
            return false;
        }

        foreach (var frame in frames)
        {
            if (frame.First <= hit.Last && hit.First <= frame.Last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Ideographs, not kana: the character before "性的" that makes it the tail of a noun ("男性的").</summary>
    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>Orders findings by position and merges overlapping findings of one kind into the most confident.</summary>
    private static List<SexualIndicator> Merge(List<SexualIndicator> findings)
    {
        findings.Sort(static (a, b) => a.Evidence.Start != b.Evidence.Start
            ? a.Evidence.Start.CompareTo(b.Evidence.Start)
            : b.Confidence.CompareTo(a.Confidence));
        var merged = new List<SexualIndicator>(findings.Count);
        Span<int> lastOfKind = stackalloc int[KindCount];
        lastOfKind.Fill(-1);
        foreach (var finding in findings)
        {
            ref var last = ref lastOfKind[(int)finding.Kind];
            if (last >= 0 && finding.Evidence.Start < merged[last].Evidence.End)
            {
                if (finding.Confidence > merged[last].Confidence)
                {
                    merged[last] = finding;
                }

                continue;
            }

            last = merged.Count;
            merged.Add(finding);
        }

        // A more confident finding may have replaced one that started earlier.
        merged.Sort(static (a, b) => a.Evidence.Start.CompareTo(b.Evidence.Start));
        return merged;
    }
}
