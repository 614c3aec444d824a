using Bulwark.Detection.Text.Normalisation;
using Bulwark.Detection.Text.Signals.Phrases;
using Bulwark.Detection.Text.Signals.Protective;
using Hit = Bulwark.Detection.Text.Signals.Phrases.PhraseHit<Bulwark.Detection.Text.Signals.Protective.ContextRuleSpec>;

namespace Bulwark.Detection.Text.Signals;

/// <summary>
/// Finds contexts that must not be blocked: a parent, educator, clinician, survivor, researcher, journalist,
/// trust-and-safety worker or lawyer speaking ("I'm a paediatric nurse", "soy madre", "ich bin Lehrerin", "我是家长"),
/// a victim asking for help ("someone is threatening to share my photos, what do I do?"), and scholarly, legal or
/// literary frames ("research on", "what does the law say", "a literature class"), in English, Spanish, French,
/// German, Portuguese, Italian, Russian, Chinese and Japanese. Thread-safe; create one and share it.
/// </summary>
/// <remarks>
/// One tokenising pass over the folded view of <see cref="TextNormaliser"/> with one frozen-dictionary lookup per
/// token, using the tokeniser of <see cref="MinorIndicatorDetector"/>. A role stated in the first person scores high, a
/// bare role word low (below <see cref="Likely"/>), and a protective question or request for help in the text raises
/// both. A context is evidence about the writer, not permission: a stated role does not make a harmful request benign,
/// which is the classifier's call. Text decoded from base64 or hex is not scanned: a context a writer hides cannot be
/// one they are asking to be read in. See README.md in Protective/ for the rules and the decisions behind them.
/// </remarks>
public sealed class ProtectiveContextDetector
{
    /// <summary>Confidence at or above which a finding on its own means "this context is stated".</summary>
    public const double Likely = 0.5;

    /// <summary>How many <see cref="ProtectiveContextKind"/> values there are; one slot each for the most confident finding.</summary>
    private const int KindCount = (int)ProtectiveContextKind.Legal + 1;

    private const double FirstPersonRole = 0.85;
    private const double FirstPersonRoleWithIntent = 0.95;
    private const double VictimAskingForHelp = 0.9;
    private const double VictimWithoutQuestion = 0.45;

    /// <summary>The most tokens between a threat and the request for help that makes it a victim's question.</summary>
    private const int MaxPleaDistance = 40;

    private readonly TextNormaliser _normaliser;
    private readonly PhraseLexicon<ContextRuleSpec> _lexicon = ContextLexicon.Shared;

    /// <summary>Creates a detector that normalises with <paramref name="normaliser"/> (a default one when null).</summary>
    public ProtectiveContextDetector(TextNormaliser? normaliser = null)
    {
        _normaliser = normaliser ?? new TextNormaliser();
    }

    /// <summary>Normalises <paramref name="text"/> and returns its protective contexts, the most confident of each kind, in order of position.</summary>
    public IReadOnlyList<ProtectiveContext> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Detect(_normaliser.Normalise(text));
    }

    /// <summary>Returns the protective contexts of an already normalised text, the most confident of each kind, in order of position.</summary>
    public IReadOnlyList<ProtectiveContext> Detect(NormalisedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scan = new PhraseScan<ContextRuleSpec>(text.FoldedTokens, _lexicon);
        var hits = ScratchList<Hit>.Rent();
        var firstPerson = (scan.Collect(hits) & (1 << ContextLexicon.FirstPerson)) != 0;
        var contexts = Combine(text, scan, hits, firstPerson);
        ScratchList<Hit>.Return(hits);
        return contexts;
    }

    /// <summary>True when any context in <paramref name="text"/> reaches <see cref="Likely"/>.</summary>
    public bool IsProtective(string text) => Detect(text).Any(context => context.Confidence >= Likely);

    private static List<ProtectiveContext> Combine(NormalisedText text, in PhraseScan<ContextRuleSpec> scan, List<Hit> hits, bool firstPerson)
    {
        Hit? intent = null;
        Hit? threat = null;
        foreach (var hit in hits)
        {
            var cue = hit.Spec.Cue;
            intent ??= cue is CueKind.Intent or CueKind.HelpAsk ? hit : null;
            if (cue == CueKind.Threat && (threat is null || (hit.Spec.SelfImplied && !threat.Value.Spec.SelfImplied)))
            {
                threat = hit;
            }
        }

        // The plea must be near the threat, so a long text with a threat word at the top and "help me" at the bottom
        // is not one victim's question, and the evidence stays a readable span.
        Hit? help = null;
        if (threat is { } near)
        {
            foreach (var hit in hits)
            {
                if (hit.Spec.Cue == CueKind.HelpAsk && Math.Abs(hit.First - near.First) <= MaxPleaDistance
                    && (help is null || Math.Abs(hit.First - near.First) < Math.Abs(help.Value.First - near.First)))
                {
                    help = hit;
                }
            }
        }

        var best = new Candidate?[KindCount];
        for (var k = 0; k < hits.Count; k++)
        {
            var hit = hits[k];
            var spec = hit.Spec;
            switch (spec.Cue)
            {
                case CueKind.Role when StatedInFirstPerson(scan, hits, k, out var first, out var last):
                    Offer(best, new Candidate(spec.Kind, intent is null ? FirstPersonRole : FirstPersonRoleWithIntent, spec.Language, first, last, spec.FirstPersonId, intent));
                    break;
                case CueKind.Role or CueKind.SelfRole or CueKind.Frame:
                    var raised = intent is not null && spec.IntentConfidence > spec.Confidence;
                    Offer(best, new Candidate(spec.Kind, raised ? spec.IntentConfidence : spec.Confidence, spec.Language, hit.First, hit.Last,
                        raised ? spec.IntentId : spec.BareId, raised ? intent : null));
                    break;
            }
        }

        // A victim asking for help: being threatened, the writer the one threatened, and a question or plea. Without
        // the plea it is still a disclosure, but too close to the words of a threat itself to count on its own.
        if (threat is { } t && (firstPerson || t.Spec.SelfImplied))
        {
            var language = t.Spec.Language;
            var candidate = help is { } h
                ? new Candidate(ProtectiveContextKind.VictimSeekingHelp, VictimAskingForHelp, language, Math.Min(t.First, h.First), Math.Max(t.Last, h.Last), VictimIds.ThreatAndHelp(language), null)
                : new Candidate(ProtectiveContextKind.VictimSeekingHelp, VictimWithoutQuestion, language, t.First, t.Last, VictimIds.Threat(language), null);
            Offer(best, candidate);
        }

        var contexts = new List<ProtectiveContext>();
        foreach (var candidate in best)
        {
            if (candidate is { } c)
            {
                contexts.Add(new ProtectiveContext(c.Kind, c.Confidence, c.Language, scan.Map(text, c.First, c.Last), c.RuleId,
                    c.Support is { } support ? scan.Map(text, support.First, support.Last) : null));
            }
        }

        contexts.Sort(static (a, b) => a.Evidence.Start.CompareTo(b.Evidence.Start));
        return contexts;
    }

    private static void Offer(Candidate?[] best, Candidate candidate)
    {
        ref var slot = ref best[(int)candidate.Kind];
        if (slot is null || candidate.Confidence > slot.Value.Confidence)
        {
            slot = candidate;
        }
    }

    /// <summary>A phrase of a rule matched from token <see cref="First"/> to token <see cref="Last"/>.</summary>
    private readonly record struct Candidate(ProtectiveContextKind Kind, double Confidence, string Language, int First, int Last, string RuleId, Hit? Support);

    /// <summary>Rule ids of victim findings, built once per language so detection allocates none.</summary>
    private static class VictimIds
    {
        private static readonly Dictionary<string, (string Threat, string ThreatAndHelp)> Ids =
            new[] { "en", "es", "fr", "de", "pt", "it", "ru", "zh", "ja" }
                .ToDictionary(language => language, language => ($"context.{language}.victim.threat", $"context.{language}.victim.threat_help"), StringComparer.Ordinal);

        public static string Threat(string language) => Ids[language].Threat;

        public static string ThreatAndHelp(string language) => Ids[language].ThreatAndHelp;
    }

    /// <summary>
    /// Whether the role at hits[<paramref name="index"/>] is stated in the first person: an opener ("I'm a", "soy",
    /// "我是") of the role's language ends at most its <see cref="ContextRuleSpec.MaxBetween"/> tokens before it, in the
    /// same clause and with no conjunction, negation, possessive or "-ing" verb between ("I'm 15 and my teacher", "I'm
    /// seeing a therapist"); or a closing "として" follows it directly.
    /// </summary>
    private static bool StatedInFirstPerson(in PhraseScan<ContextRuleSpec> scan, List<Hit> hits, int index, out int first, out int last)
    {
        var role = hits[index];
        (first, last) = (role.First, role.Last);
        for (var k = index - 1; k >= 0 && hits[k].First >= role.First - 12; k--)
        {
            var intro = hits[k];
            if (intro.Spec.Cue == CueKind.Intro && intro.Last < role.First
                && string.Equals(intro.Spec.Language, role.Spec.Language, StringComparison.Ordinal)
                && role.First - intro.Last - 1 <= intro.Spec.MaxBetween && Unbroken(scan, intro.Last, role.First))
            {
                first = intro.First;
                return true;
            }
        }

        for (var k = index + 1; k < hits.Count && hits[k].First <= role.Last + 1; k++)
        {
            if (hits[k].Spec.Cue == CueKind.IntroAfter && hits[k].First == role.Last + 1 && scan.Linked(role.Last)
                && string.Equals(hits[k].Spec.Language, role.Spec.Language, StringComparison.Ordinal))
            {
                last = hits[k].Last;
                return true;
            }
        }

        return false;
    }

    /// <summary>True when nothing between tokens <paramref name="left"/> and <paramref name="right"/> breaks the statement.</summary>
    private static bool Unbroken(in PhraseScan<ContextRuleSpec> scan, int left, int right)
    {
        if (!scan.SameClause(left, right))
        {
            return false;
        }

        for (var k = left + 1; k < right; k++)
        {
            var word = scan.Text(k);
            if (scan.Lookup(k).Is(ContextLexicon.Breaker) || (word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }
}
