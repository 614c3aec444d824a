using System.Buffers;
using System.Runtime.InteropServices;
using Bulwark.Detection.Text.Normalisation;
using Bulwark.Detection.Text.Signals.Contact;
using Bulwark.Detection.Text.Signals.Phrases;
using Hit = Bulwark.Detection.Text.Signals.Phrases.PhraseHit<Bulwark.Detection.Text.Signals.Contact.ContactRuleSpec>;
using Bulwark.Detection.Text.Tokens;

namespace Bulwark.Detection.Text.Signals;

/// <summary>
/// Finds the behaviours of grooming and sextortion in a message: secrecy ("don't tell your parents"), isolation and
/// flattery ("you're so mature for your age"), moving to a private channel ("add me on snap"), gifts ("I'll buy you"),
/// image requests ("send me a pic"), meetings ("come alone"), threats to expose images ("I'll send your pics to your
/// school"), demands ("pay me", "or else") and second-person address, in English, Spanish, French, German, Portuguese,
/// Italian, Russian, Chinese and Japanese. Thread-safe; create one and share it.
/// </summary>
/// <remarks>
/// The signal is lexical: "let's meet for coffee" is a <see cref="ContactCueKind.Meeting"/> cue between adults too, and
/// whether a cue is harmful (a minor in the conversation, several cues together, a victim asking for help) is the
/// classifier's call. One tokenising pass over the folded view of <see cref="TextNormaliser"/> with one frozen-dictionary
/// lookup per token, and the same over text decoded from base64 or hex, whose evidence points at the encoded run. A
/// threat written by the threatener ("I'll post your pics") scores higher than one reported by its victim ("he says
/// he'll post my pics"). See README.md in Contact/ for the rules and the decisions behind the scores.
/// </remarks>
public sealed class ContactCueDetector
{
    /// <summary>Confidence at or above which a finding on its own means "this behaviour is probably expressed".</summary>
    public const double Likely = 0.5;

    /// <summary>An exposure threat addressed to the victim with the writer announcing it: "I'll" + "post your pics".</summary>
    private const double FirstPersonThreat = 0.9;

    /// <summary>Half a demand with the other half or an exposure threat near: "send more" + "or else", "sonst" + "sehen alle deine Fotos".</summary>
    private const double DemandWithPressure = 0.75;

    /// <summary>The most tokens between an opener and the threat it introduces ("I'll just quietly send your pics").</summary>
    private const int MaxOpenerGap = 2;

    /// <summary>The most tokens between the two halves of a demand, or a demand and a threat, for them to raise each other.</summary>
    private const int MaxPressureDistance = 30;

    /// <summary>The most tokens a head of a head-and-tail phrase has ("i m literally gonna" is five).</summary>
    private const int MaxHeadTokens = 8;

    /// <summary>Cues starting further back than this are not compared for overlap with a new cue: evidence is a short phrase.</summary>
    private const int MaxEvidenceReach = 512;

    /// <summary>Currency signs as written and as the folded view has them (it folds "€" to the look-alike "ꞓ").</summary>
    private static readonly SearchValues<char> CurrencySymbols = SearchValues.Create(
        "$€£¥₽￥" + new TextNormaliser(new TextNormaliserOptions { DecodeEncodedBlobs = false }).Normalise("$ € £ ¥ ₽ ￥").Folded.Replace(" ", "", StringComparison.Ordinal));

    private readonly TextNormaliser _normaliser;
    private readonly PhraseLexicon<ContactRuleSpec> _lexicon = ContactLexicon.Shared;

    /// <summary>Creates a detector that normalises with <paramref name="normaliser"/> (a default one when null).</summary>
    public ContactCueDetector(TextNormaliser? normaliser = null)
    {
        _normaliser = normaliser ?? new TextNormaliser();
    }

    /// <summary>Normalises <paramref name="text"/> and returns its contact cues in order of position.</summary>
    public IReadOnlyList<ContactCue> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Detect(_normaliser.Normalise(text));
    }

    /// <summary>
    /// Returns the contact cues of an already normalised text in order of position: overlapping cues of one kind are
    /// merged (the most confident kept), and second-person address is reported once, at its first occurrence. Cues
    /// found in decoded base64 or hex point at the encoded run.
    /// </summary>
    public IReadOnlyList<ContactCue> Detect(NormalisedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cues = new List<ContactCue>();
        Scan(text, null, cues);
        return Resolve(cues);
    }

    /// <summary>True when any cue other than second-person address reaches <see cref="Likely"/>.</summary>
    public bool HasContactCue(string text) =>
        Detect(text).Any(cue => cue.Kind != ContactCueKind.SecondPerson && cue.Confidence >= Likely);

    private void Scan(NormalisedText text, TextSpan? segmentSpan, List<ContactCue> cues)
    {
        var scan = new PhraseScan<ContactRuleSpec>(text.FoldedTokens, _lexicon);
        // The raw hits and the joined ones are scratch: both are done with before a decoded segment is scanned.
        var hits = ScratchList<Hit>.Rent();
        scan.Collect(hits);
        var joined = ScratchList<Hit>.Rent();
        Joined(scan, hits, joined);
        ScratchList<Hit>.Return(hits);
        Combine(text, scan, joined, segmentSpan, cues);
        ScratchList<Hit>.Return(joined);

        foreach (var segment in text.DecodedSegments)
        {
            Scan(segment.Text, segmentSpan ?? segment.OriginalSpan, cues);
        }
    }

    private static void Combine(NormalisedText text, in PhraseScan<ContactRuleSpec> scan, List<Hit> hits, TextSpan? segmentSpan, List<ContactCue> cues)
    {
        // Threats first: a weak demand before or after a likely threat ("or else" … "I'll post your pics") is raised by it.
        var threats = new List<Hit>();
        foreach (var hit in hits)
        {
            if (hit.Spec is { Kind: ContactCueKind.ExposureThreat } spec && IsCue(spec) && Threat(scan, hits, hit) is { } threat)
            {
                cues.Add(Cue(text, scan, segmentSpan, spec, threat.Confidence, threat.First, hit.Last, threat.RuleId));
                if (threat.Confidence >= Likely)
                {
                    threats.Add(hit);
                }
            }
        }

        var view = text.Folded;
        var secondPersonSeen = false;
        foreach (var hit in hits)
        {
            var spec = hit.Spec;
            if (!IsCue(spec) || spec.Kind == ContactCueKind.ExposureThreat
                || (spec.NeedsAmount && !AmountFollows(scan, view, hit.Last)))
            {
                continue;
            }

            if (spec.Kind == ContactCueKind.SecondPerson)
            {
                if (!secondPersonSeen)
                {
                    secondPersonSeen = true;
                    cues.Add(Cue(text, scan, segmentSpan, spec, spec.Confidence, hit.First, hit.Last, spec.Id));
                }

                continue;
            }

            var raised = spec.Weak && RaisedByPartner(scan, view, hits, threats, hit);
            cues.Add(Cue(text, scan, segmentSpan, spec, raised ? DemandWithPressure : spec.Confidence, hit.First, hit.Last, raised ? spec.WithPressureId : spec.Id));
        }
    }

    /// <summary>
    /// The hits with each tail joined to the longest head of its own that ends right before it ("don't tell" +
    /// "your parents"), as one hit of the tail's rule from the head's first token, and each phrase that needs an app
    /// after it ("add me on" + "snap") extended over it; heads, tails and phrases without their other half are dropped.
    /// Hits stay in order of their first token.
    /// </summary>
    private static void Joined(in PhraseScan<ContactRuleSpec> scan, List<Hit> hits, List<Hit> joined)
    {
        var all = CollectionsMarshal.AsSpan(hits);
        for (var k = 0; k < all.Length; k++)
        {
            ref readonly var hit = ref all[k];
            var spec = hit.Spec;
            switch (spec.Role)
            {
                case ContactRuleRole.Head:
                    continue;
                case ContactRuleRole.Tail:
                    var first = -1;
                    for (var h = k - 1; h >= 0 && all[h].First >= hit.First - MaxHeadTokens; h--)
                    {
                        if (all[h].Last == hit.First - 1 && ReferenceEquals(all[h].Spec, spec.Head) && (first < 0 || all[h].First < first))
                        {
                            first = all[h].First;
                        }
                    }

                    if (first >= 0 && scan.Linked(hit.First - 1))
                    {
                        Insert(joined, new Hit(hit.Rule, first, hit.Last));
                    }

                    continue;
                case ContactRuleRole.Cue when spec.FollowingClass >= 0:
                    if (scan.Linked(hit.Last) && scan.Lookup(hit.Last + 1).Is(spec.FollowingClass))
                    {
                        joined.Add(new Hit(hit.Rule, hit.First, hit.Last + 1));
                    }

                    continue;
                default:
                    joined.Add(hit);
                    continue;
            }
        }

        // A joined hit starts at its head, before hits already added that start inside the head.
        static void Insert(List<Hit> list, Hit hit)
        {
            var at = list.Count;
            while (at > 0 && list[at - 1].First > hit.First)
            {
                at--;
            }

            list.Insert(at, hit);
        }
    }

    private static ContactCue Cue(NormalisedText text, in PhraseScan<ContactRuleSpec> scan, TextSpan? segmentSpan,
        ContactRuleSpec spec, double confidence, int first, int last, string ruleId) =>
        new(spec.Kind, confidence, spec.Language, segmentSpan ?? scan.Map(text, first, last), ruleId);

    /// <summary>
    /// The confidence, first token and id of an exposure threat, or null when a reported threat has no reported opener.
    /// The opener nearest before the threat decides ("I will" over "will", "he's gonna" over "gonna"): a first-person
    /// one raises an addressed threat to <see cref="FirstPersonThreat"/>, a reported one is what a reported threat
    /// ("send my pics") needs, and a first-person one before it ("I'll send my pics") makes it the writer's own act.
    /// </summary>
    private static (double Confidence, int First, string RuleId)? Threat(in PhraseScan<ContactRuleSpec> scan, List<Hit> hits, Hit threat)
    {
        var spec = threat.Spec;
        if (spec.Voice == ThreatVoice.Stated)
        {
            return (spec.Confidence, threat.First, spec.Id);
        }

        Hit? opener = null;
        foreach (var hit in hits)
        {
            if (hit.First >= threat.First)
            {
                break;
            }

            if (hit.Spec.Role is ContactRuleRole.FirstPersonOpener or ContactRuleRole.ReportedOpener && hit.Last < threat.First && threat.First - hit.Last - 1 <= MaxOpenerGap
                && string.Equals(hit.Spec.Language, spec.Language, StringComparison.Ordinal) && scan.SameClause(hit.Last, threat.First)
                && (opener is not { } best || hit.Last > best.Last || (hit.Last == best.Last && hit.First < best.First)))
            {
                opener = hit;
            }
        }

        var role = opener?.Spec.Role;
        return spec.Voice switch
        {
            ThreatVoice.Addressed when role == ContactRuleRole.FirstPersonOpener => (FirstPersonThreat, opener!.Value.First, spec.FirstPersonId),
            ThreatVoice.Addressed => (spec.Confidence, threat.First, spec.Id),
            _ when role == ContactRuleRole.ReportedOpener => (spec.Confidence, opener!.Value.First, spec.Id),
            _ => null,
        };
    }

    /// <summary>
    /// Whether a weak demand has its other half near it ("send more" and "or else"), a likely demand ("pay me" and
    /// "or else"), or a likely exposure threat ("sonst" and "sehen alle deine Fotos"). Hits are in order of position,
    /// so the search stops past the distance.
    /// </summary>
    private static bool RaisedByPartner(in PhraseScan<ContactRuleSpec> scan, string view, List<Hit> hits, List<Hit> threats, Hit weak)
    {
        foreach (var threat in threats)
        {
            if (Apart(threat, weak) && Math.Abs(threat.First - weak.First) <= MaxPressureDistance)
            {
                return true;
            }
        }

        foreach (var hit in hits)
        {
            if (hit.First > weak.First + MaxPressureDistance)
            {
                break;
            }

            var spec = hit.Spec;
            if (spec.Kind == ContactCueKind.Demand && IsCue(spec) && Apart(hit, weak) && Math.Abs(hit.First - weak.First) <= MaxPressureDistance
                && (spec.Weak
                    ? spec.Pressure != weak.Spec.Pressure
                    : spec.Confidence >= Likely && (!spec.NeedsAmount || AmountFollows(scan, view, hit.Last))))
            {
                return true;
            }
        }

        return false;

        // A demand phrase containing the weak one ("pay in bitcoin" and "bitcoin") is the same words, not a partner.
        static bool Apart(Hit a, Hit b) => a.Last < b.First || b.Last < a.First;
    }

    /// <summary>Whether a sum of money follows token <paramref name="last"/>: "$500", "500€", "200 euros", "500元".</summary>
    private static bool AmountFollows(in PhraseScan<ContactRuleSpec> scan, string view, int last)
    {
        var next = last + 1;
        if (next >= scan.Tokens.Length || scan.Tokens[next].Kind != TokenKind.Digits)
        {
            return false;
        }

        var digits = scan.Tokens[next];
        var gap = scan.Tokens[next].Start - scan.Tokens[last].End;
        if (gap is < 1 or > 3)
        {
            return false;
        }

        if (IsCurrencySymbol(view[digits.Start - 1]) || (digits.End < view.Length && IsCurrencySymbol(view[digits.End])))
        {
            return true;
        }

        return next + 1 < scan.Tokens.Length && scan.Tokens[next + 1].Start - digits.End <= 1 && scan.Lookup(next + 1).Is(ContactLexicon.Currency);
    }

    /// <summary>Whether a (joined) hit is a cue of its own rather than an opener.</summary>
    private static bool IsCue(ContactRuleSpec spec) => spec.Role is ContactRuleRole.Cue or ContactRuleRole.Tail;

    private static bool IsCurrencySymbol(char c) => CurrencySymbols.Contains(c);

    /// <summary>
    /// Orders cues by position and, where cues of one kind overlap ("加我" and "加我微信"), keeps the most confident
    /// (the longer on a tie). Second-person address is kept once, at its first occurrence in the text or a decoded run.
    /// </summary>
    private static List<ContactCue> Resolve(List<ContactCue> cues)
    {
        var kept = OverlapMerge.KeepMostConfident(cues, MaxEvidenceReach, static c => (int)c.Kind, static c => c.Evidence, static c => c.Confidence);
        var address = kept.Find(static cue => cue.Kind == ContactCueKind.SecondPerson);
        kept.RemoveAll(cue => cue.Kind == ContactCueKind.SecondPerson && !ReferenceEquals(cue, address));
        return kept;
    }
}
