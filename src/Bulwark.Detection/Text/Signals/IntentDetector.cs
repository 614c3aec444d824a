using Bulwark.Detection.Text.Normalisation;
using Bulwark.Detection.Text.Signals.Intents;
using Bulwark.Detection.Text.Signals.Phrases;
using Hit = Bulwark.Detection.Text.Signals.Phrases.PhraseHit<Bulwark.Detection.Text.Signals.Intents.IntentRuleSpec>;
using Bulwark.Detection.Text.Tokens;

namespace Bulwark.Detection.Text.Signals;

/// <summary>
/// Finds what a writer asks for or proposes: producing content ("write a story", "genera una imagen", "нарисуй",
/// "描いて"), role-play ("let's role-play", "finge que eres"), finding or buying ("where can I download", "скинь
/// ссылку"), trading ("wanna trade pics"), altering a photo of someone ("undress her", "face swap", "一键脱衣"),
/// pointing at a real photo ("this photo of", "my classmate's picture"), advocating abuse ("lower the age of
/// consent") and pretending to be a child ("pose as a teenager to chat with"), in English, Spanish, French, German,
/// Portuguese, Italian, Russian, Chinese and Japanese. Thread-safe; create one and share it.
/// </summary>
/// <remarks>
/// One tokenising pass over the folded view of <see cref="TextNormaliser"/> with one frozen-dictionary lookup per
/// token, then the phrases found are combined: a verb counts as a request at the start of a clause, after a request
/// frame ("can you", "kannst du", "帮我") or in a request form, and its evidence widens to the object it names ("write a
/// story"). Text decoded from base64 or hex is scanned too, its evidence pointing at the encoded run. The signal is
/// lexical: "download the app update" and "face swap for a birthday card" are what they say, and whether the object
/// is harmful is the classifier's call. See README.md in Intents/ for the rules and the decisions behind them.
/// </remarks>
public sealed class IntentDetector
{
    /// <summary>Confidence at or above which a finding on its own means "this is probably asked for".</summary>
    public const double Likely = 0.5;

    /// <summary>What an object adds to a verb that is not in a request ("I write stories"): the evidence widens, the reading stays weak.</summary>
    private const double ObjectWithoutRequest = 0.1;

    /// <summary>The most tokens between a request frame and the verb it asks for ("kannst du mir bitte eine Geschichte … schreiben").</summary>
    private const int RequestWindow = 8;

    /// <summary>The most tokens between a request frame and an object asked for without a verb ("give me a short story").</summary>
    private const int ObjectRequestWindow = 3;

    /// <summary>The most tokens between a verb and its object, either side ("write a short funny story", "猫の絵を描いて").</summary>
    private const int ObjectWindow = 4;

    /// <summary>The most tokens between a frame and the number after it ("you are a 12…").</summary>
    private const int NumberWindow = 3;

    /// <summary>The most tokens between a pretence and its purpose ("pose as a teenager online to chat with").</summary>
    private const int PurposeWindow = 12;

    /// <summary>How far back a hit may start and still end near the phrase after it (phrases are a few tokens).</summary>
    private const int LongestPhrase = 12;

    /// <summary>Evidence longer than this is never compared for overlap when findings are merged; see <see cref="MinorIndicatorDetector"/>.</summary>
    private const int MaxEvidenceChars = 256;

    private readonly TextNormaliser _normaliser;
    private readonly PhraseLexicon<IntentRuleSpec> _lexicon = IntentLexicon.Shared;

    /// <summary>Creates a detector that normalises with <paramref name="normaliser"/> (a default one when null).</summary>
    public IntentDetector(TextNormaliser? normaliser = null)
    {
        _normaliser = normaliser ?? new TextNormaliser();
    }

    /// <summary>Normalises <paramref name="text"/> and returns its intents in order of position, overlapping ones of a kind merged.</summary>
    public IReadOnlyList<Intent> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Detect(_normaliser.Normalise(text));
    }

    /// <summary>
    /// Returns the intents of an already normalised text in order of position, overlapping ones of a kind merged
    /// (the most confident kept). Evidence found in decoded base64 or hex points at the encoded run.
    /// </summary>
    public IReadOnlyList<Intent> Detect(NormalisedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var findings = new List<Intent>();
        Scan(text, null, findings);
        return Resolve(findings);
    }

    private void Scan(NormalisedText text, TextSpan? segmentSpan, List<Intent> findings)
    {
        var scan = new PhraseScan<IntentRuleSpec>(text.FoldedTokens, _lexicon);
        var hits = ScratchList<Hit>.Rent();
        scan.Collect(hits);
        Combine(text, scan, hits, segmentSpan, findings);
        ScratchList<Hit>.Return(hits);

        foreach (var segment in text.DecodedSegments)
        {
            Scan(segment.Text, segmentSpan ?? segment.OriginalSpan, findings);
        }
    }

    private static void Combine(NormalisedText text, in PhraseScan<IntentRuleSpec> scan, List<Hit> hits, TextSpan? segmentSpan, List<Intent> findings)
    {
        for (var k = 0; k < hits.Count; k++)
        {
            var hit = hits[k];
            var spec = hit.Spec;
            var (first, last) = (hit.First, hit.Last);
            double confidence;
            switch (spec.Cue)
            {
                case IntentCue.Object when spec.Requested > 0 && RequestBefore(scan, hits, k, ObjectRequestWindow) is { } request
                    && !VerbBetween(hits, k, request):
                    (confidence, first) = (spec.Requested, request.First);
                    break;
                case IntentCue.Phrase or IntentCue.Action:
                    var requested = spec.Imperative || RequestBefore(scan, hits, k, RequestWindow) is not null
                        || (spec.Cue == IntentCue.Action && StartsClause(scan, hit.First));
                    confidence = requested ? Math.Max(spec.Confidence, spec.Requested) : spec.Confidence;
                    if (spec.WithObject > 0 && NearestObject(scan, hits, k) is { } target)
                    {
                        confidence = Math.Max(confidence, requested ? spec.WithObject : spec.Confidence + ObjectWithoutRequest);
                        (first, last) = (Math.Min(first, target.First), Math.Max(last, target.Last));
                    }

                    if (spec.WithNumber > confidence && NumberAfter(scan, hit.Last))
                    {
                        confidence = spec.WithNumber;
                    }

                    if (spec.WithPurpose > confidence && PurposeNear(scan, hits, k))
                    {
                        confidence = spec.WithPurpose;
                    }

                    break;
                default:
                    continue;
            }

            if (confidence > 0)
            {
                findings.Add(new Intent(spec.Kind, confidence, spec.Language, segmentSpan ?? scan.Map(text, first, last), spec.Id));
            }
        }
    }

    /// <summary>A request frame of the hit's language ending at most <paramref name="window"/> tokens before it, in the same sentence.</summary>
    private static Hit? RequestBefore(in PhraseScan<IntentRuleSpec> scan, List<Hit> hits, int index, int window)
    {
        var hit = hits[index];
        for (var k = index - 1; k >= 0 && hits[k].First >= hit.First - window - LongestPhrase; k--)
        {
            var other = hits[k];
            if (other.Spec.Cue == IntentCue.Request && other.Last < hit.First && hit.First - other.Last - 1 <= window
                && SameLanguage(other, hit) && scan.SameSentence(other.Last, hit.First))
            {
                return other;
            }
        }

        return null;
    }

    /// <summary>Whether a phrase or verb of any kind lies between a request and an object: "wanna trade pics" asks to trade, not for pictures.</summary>
    private static bool VerbBetween(List<Hit> hits, int targetIndex, Hit request)
    {
        for (var k = targetIndex - 1; k >= 0 && hits[k].First > request.Last; k--)
        {
            if (hits[k].Last < hits[targetIndex].First && hits[k].Spec.Cue is IntentCue.Phrase or IntentCue.Action)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token opens a clause, lead-in words ("ok now", "bitte", "давай") aside: an imperative's place.</summary>
    private static bool StartsClause(in PhraseScan<IntentRuleSpec> scan, int first)
    {
        for (var k = first - 1; k >= 0; k--)
        {
            if (!scan.SameClause(k, k + 1))
            {
                return true;
            }

            if (!scan.Lookup(k).Is(IntentLexicon.LeadIn))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The nearest object of the hit's kind and language within <see cref="ObjectWindow"/> tokens on either side, in the same sentence, after first.</summary>
    private static Hit? NearestObject(in PhraseScan<IntentRuleSpec> scan, List<Hit> hits, int index)
    {
        var hit = hits[index];
        for (var k = index + 1; k < hits.Count && hits[k].First <= hit.Last + 1 + ObjectWindow; k++)
        {
            if (IsObjectFor(hits[k], hit) && hits[k].First > hit.Last && scan.SameSentence(hit.Last, hits[k].First))
            {
                return hits[k];
            }
        }

        for (var k = index - 1; k >= 0 && hits[k].First >= hit.First - ObjectWindow - LongestPhrase; k--)
        {
            if (IsObjectFor(hits[k], hit) && hits[k].Last < hit.First && hit.First - hits[k].Last - 1 <= ObjectWindow
                && scan.SameSentence(hits[k].Last, hit.First))
            {
                return hits[k];
            }
        }

        return null;

        static bool IsObjectFor(Hit candidate, Hit action) =>
            candidate.Spec.Cue == IntentCue.Object && candidate.Spec.Kind == action.Spec.Kind && SameLanguage(candidate, action);
    }

    /// <summary>Whether a number follows within <see cref="NumberWindow"/> tokens in the same clause and is not a quantity ("5 minutes").</summary>
    private static bool NumberAfter(in PhraseScan<IntentRuleSpec> scan, int last)
    {
        for (var k = last + 1; k <= last + NumberWindow && k < scan.Tokens.Length && scan.SameClause(last, k); k++)
        {
            if (scan.Tokens[k].Kind == TokenKind.Digits)
            {
                return k + 1 >= scan.Tokens.Length || !scan.Lookup(k + 1).Is(IntentLexicon.Measure);
            }
        }

        return false;
    }

    /// <summary>Whether a purpose of the hit's language is within <see cref="PurposeWindow"/> tokens on either side, in the same sentence.</summary>
    private static bool PurposeNear(in PhraseScan<IntentRuleSpec> scan, List<Hit> hits, int index)
    {
        var hit = hits[index];
        var start = index;
        while (start > 0 && hits[start - 1].First >= hit.First - PurposeWindow - LongestPhrase)
        {
            start--;
        }

        for (var k = start; k < hits.Count && hits[k].First <= hit.Last + PurposeWindow; k++)
        {
            var other = hits[k];
            if (other.Spec.Cue == IntentCue.Purpose && SameLanguage(other, hit)
                && Math.Max(other.First - hit.Last, hit.First - other.Last) <= PurposeWindow
                && scan.SameSentence(Math.Min(other.First, hit.First), Math.Max(other.Last, hit.Last)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameLanguage(Hit a, Hit b) => ReferenceEquals(a.Spec.Language, b.Spec.Language) || string.Equals(a.Spec.Language, b.Spec.Language, StringComparison.Ordinal);

    /// <summary>
    /// Orders findings by position and, where findings of the same kind overlap ("write a story" and "a story about"; a
    /// word shared by two languages), keeps the most confident (the longer on a tie).
    /// </summary>
    private static List<Intent> Resolve(List<Intent> findings)
    {
        var kept = OverlapMerge.KeepMostConfident(findings, MaxEvidenceChars, static f => (int)f.Kind, static f => f.Evidence, static f => f.Confidence);

        // A more confident finding may have replaced one that started earlier.
        kept.Sort(static (a, b) => a.Evidence.Start.CompareTo(b.Evidence.Start));
        return kept;
    }
}
