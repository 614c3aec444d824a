using Bulwark.Detection.Policy;
using Bulwark.Detection.Text.Signals;

namespace Bulwark.Detection.Text.Classification;

/// <summary>
/// Combines the cues of one text into category scores. Every rule is a short formula over the most confident cues of a
/// few kinds that lie near each other, so a reviewer can follow a score from its evidence; the choices and numbers are
/// in README.md. Stateless and thread-safe.
/// </summary>
internal static class CategoryScorer
{
    /// <summary>The most characters between two cues that belong together ("a sexy story … about a 12-year-old").</summary>
    public const int NearChars = 150;

    /// <summary>Factor on violations when the writer states a protective context and asks for nothing harmful.</summary>
    public const double ProtectiveDamping = 0.45;

    /// <summary>Factor on sextortion and grooming when the writer is the one threatened and asks for help.</summary>
    public const double VictimDamping = 0.25;

    /// <summary>
    /// The victim confidence at which a first-person disclosure without a plea ("he says not to tell anyone, I'm 13")
    /// lowers grooming and sextortion, unless the threatener speaks.
    /// </summary>
    public const double DisclosureFloor = 0.4;

    /// <summary>The exposure-threat confidence of a threat in the threatener's own voice (ContactCueDetector gives 0.9; reported threats 0.6).</summary>
    public const double ThreatenerVoice = 0.85;

    /// <summary>Factor on sexualisation when a sexual-health or education frame lies near the pair ("sex education for 12-year-olds").</summary>
    public const double HealthDamping = 0.35;

    /// <summary>How much a request raises a sexual word's confidence toward 1 in a request for content.</summary>
    public const double RequestWeight = 0.75;

    /// <summary>Sexual words below this confidence ("spicy") are not raised by a request.</summary>
    public const double FaintSexual = 0.3;

    /// <summary>The confidence a young-person word ("my niece", "classmate") lends as a minor.</summary>
    public const double YoungPersonAsMinor = 0.45;

    private static readonly int Sexualising = CueSet.Mask((int)SexualIndicatorKind.Sexual, (int)SexualIndicatorKind.Nudity, (int)SexualIndicatorKind.Material);
    private static readonly int ContentAsks = CueSet.Mask((int)IntentKind.Generate, (int)IntentKind.RolePlay, (int)IntentKind.Acquire, (int)IntentKind.Trade, (int)IntentKind.PeerPretence);
    private static readonly int Undressed = CueSet.Mask((int)SexualIndicatorKind.Nudity, (int)SexualIndicatorKind.Material);
    private static readonly int Requests = CueSet.Mask((int)IntentKind.Generate, (int)IntentKind.RolePlay);
    private static readonly int Acquiring = CueSet.Mask((int)IntentKind.Acquire, (int)IntentKind.Trade);

    private static readonly int[] GroomingKindList =
    [
        (int)ContactCueKind.Secrecy, (int)ContactCueKind.Isolation, (int)ContactCueKind.PrivateChannel,
        (int)ContactCueKind.Gifts, (int)ContactCueKind.ImageRequest, (int)ContactCueKind.Meeting,];

    private static readonly int GroomingKinds = CueSet.Mask(GroomingKindList);

    /// <summary>Every kind of a family, in <see cref="ScoringClauses"/>.</summary>
    private const int AnyKind = -1;

    /// <summary>
    /// What every rule of <see cref="Score"/> needs at the least, as clauses: a clause is a list of (family, kinds)
    /// terms, all of which must have a cue of one of their kinds. A text none of whose clauses is met scores in no
    /// category, whatever its cues' confidences and positions: each rule below (and has_minor, support_context) names
    /// its cues by family and kind and gives nothing without them. <see cref="CueTriggers"/> uses this to return
    /// "nothing found" without running the signals; a rule added to <see cref="Score"/> must add its clause here
    /// (CategoryScorerTests checks every combination of cue kinds the clauses call inert against Score itself).
    /// </summary>
    /// <remarks>
    /// minor_sexualisation, csam_solicitation, csam_acquisition: a minor (pairs, images_of_minors, hidden pictures) or
    /// an abuse-material code. minor_image_manipulation: an edit or pretence with a minor or young person, or a minor.
    /// grooming: a grooming contact cue, or a minor (how_to), or a pretence with a minor or young person.
    /// sextortion: a threat or demand, a minor (named extortion, coercion), the addressee's images with an audience,
    /// or a condition and an exposure with held images (theirs, a demand or request, or imagery with an audience).
    /// abuse_advocacy: an advocacy claim, or a topic and a stance. has_minor: a minor. support_context: a protective context.
    /// </remarks>
    public static readonly (SignalFamily Family, int Kinds)[][] ScoringClauses =
    [
        [(SignalFamily.Minor, AnyKind)],
        [(SignalFamily.Protective, AnyKind)],
        [(SignalFamily.Contact, GroomingKinds | CueSet.Mask((int)ContactCueKind.ExposureThreat, (int)ContactCueKind.Demand))],
        [(SignalFamily.Sexual, CueSet.Mask((int)SexualIndicatorKind.AbuseMaterialCode))],
        [(SignalFamily.Sexual, CueSet.Mask((int)SexualIndicatorKind.Romantic)), (SignalFamily.Stance, AnyKind)],
        [(SignalFamily.Intent, CueSet.Mask((int)IntentKind.Advocacy))],
        [(SignalFamily.TheirImages, AnyKind), (SignalFamily.Audience, AnyKind)],
        [(SignalFamily.Conditional, AnyKind), (SignalFamily.Exposure, AnyKind), (SignalFamily.TheirImages, AnyKind)],
        [(SignalFamily.Conditional, AnyKind), (SignalFamily.Exposure, AnyKind), (SignalFamily.Audience, AnyKind), (SignalFamily.Imagery, AnyKind)],
        [(SignalFamily.YoungPerson, AnyKind), (SignalFamily.Intent, CueSet.Mask((int)IntentKind.ImageManipulation, (int)IntentKind.PeerPretence))],
    ];

    /// <summary>Per family, the kinds some clause of <see cref="ScoringClauses"/> asks about; cues of other kinds never decide whether a text scores.</summary>
    public static int[] ClauseKinds { get; } = KindsIn(ScoringClauses);

    /// <summary>
    /// Whether cues of the kinds in <paramref name="kindsByFamily"/> (a kind mask per <see cref="SignalFamily"/>) meet some
    /// clause of <see cref="ScoringClauses"/>: false means no text with only such cues scores in any category.
    /// </summary>
    public static bool MayScore(ReadOnlySpan<int> kindsByFamily)
    {
        foreach (var clause in ScoringClauses)
        {
            var met = true;
            foreach (var (family, kinds) in clause)
            {
                met &= (kindsByFamily[(int)family] & kinds) != 0;
            }

            if (met)
            {
                return true;
            }
        }

        return false;
    }

    private static int[] KindsIn((SignalFamily Family, int Kinds)[][] clauses)
    {
        var kinds = new int[Enum.GetValues<SignalFamily>().Length];
        foreach (var (family, mask) in clauses.SelectMany(clause => clause))
        {
            kinds[(int)family] |= mask;
        }

        return kinds;
    }

    /// <summary>Scores every category the cues support; categories scoring zero are left out.</summary>
    /// <param name="cues">The cues of one text, any order.</param>
    /// <param name="wholeText">Treat every cue as near every other (a conversation's transcript for contact behaviours).</param>
    public static List<CategoryScore> Score(IReadOnlyList<Cue> cues, bool wholeText = false)
    {
        var text = new CueSet(cues, wholeText);
        var results = new List<CategoryScore>();
        var protective = text.Best(SignalFamily.Protective);
        var victim = text.Best(SignalFamily.Protective, CueSet.Mask((int)ProtectiveContextKind.VictimSeekingHelp));
        // A specific advocacy claim is harmful content in itself, whatever frame it borrows ("the law should stop punishing it").
        // A question about it ("how do pro-contact groups frame their arguments?") does not make the claim.
        // Naming an edit ("deepfakes used to humiliate pupils") is not asking for one; only a clear request is.
        var asksForHarm = text.Best(SignalFamily.Intent, ContentAsks) is { Confidence: >= 0.5 }
            || text.Best(SignalFamily.Intent, CueSet.Mask((int)IntentKind.ImageManipulation)) is { Confidence: >= 0.8 }
            || (text.Best(SignalFamily.Intent, CueSet.Mask((int)IntentKind.Advocacy)) is { } claim && text.Near(SignalFamily.Inquiry, claim) is null);
        // A threat in the threatener's own voice ("I'll send your pics") is not a victim's disclosure, whatever else
        // the text holds; without one, a first-person disclosure of being threatened or approached is enough.
        var threatenerSpeaks = text.Best(SignalFamily.Contact, CueSet.Mask((int)ContactCueKind.ExposureThreat)) is { Confidence: >= ThreatenerVoice };
        // A victim describing what was done to them ("a classmate photoshopped my face onto a naked picture, what can I
        // do?") names the harm; only a request for content or material makes their text a request.
        var asksForContent = text.Best(SignalFamily.Intent, ContentAsks) is { Confidence: >= 0.5 };

        // Coercion or persuasion named as an aim ("threatening her to send more", "how do I get him to") is planning, not a disclosure.
        var plotting = text.Best(SignalFamily.Coercion) is not null || text.Best(SignalFamily.Persuasion) is not null;
        // A stated protective context, or safety education without one ("why sharing nudes can be dangerous"), lowers
        // violations when the writer asks for nothing harmful.
        var damp = asksForHarm ? null
            : protective is { Confidence: >= ProtectiveContextDetector.Likely } ? protective
            : text.Best(SignalFamily.Safeguarding);

        void Add(string category, Candidate? candidate, bool contact = false)
        {
            if (candidate is not { } c || c.Score <= 0)
            {
                return;
            }

            var (score, rule, evidence) = (c.Score, c.Rule, c.Cues.ToList());
            if (victim is { } v && !asksForContent && !plotting
                && (v.Confidence >= ProtectiveContextDetector.Likely || (contact && v.Confidence >= DisclosureFloor && !threatenerSpeaks)))
            {
                (score, rule) = (score * VictimDamping, rule + ".victim");
                evidence.Add(v);
            }
            else if (damp is { } d)
            {
                (score, rule) = (score * ProtectiveDamping, rule + ".protective");
                evidence.Add(d);
            }

            results.Add(new CategoryScore(category, Math.Clamp(score, 0, 1), rule, Evidence(evidence)));
        }

        var pair = text.SexualisingPair();
        Add(CategoryIds.MinorSexualisation, Best(Sexualisation(text, pair), Code(text, null, CategoryIds.MinorSexualisation, 0.9)));
        Add(CategoryIds.CsamSolicitation, Best(WithIntent(text, pair, Requests, "csam_solicitation.request"), Code(text, Requests, "csam_solicitation", 0)));
        Add(CategoryIds.CsamAcquisition, Best(Best(WithIntent(text, pair, Acquiring, "csam_acquisition.request"), Code(text, Acquiring, "csam_acquisition", 0.85)),
            Best(ImagesOfMinors(text), HiddenPicturesOfMinors(text))));
        Add(CategoryIds.MinorImageManipulation, ImageManipulation(text));
        Add(CategoryIds.Grooming, Grooming(text), contact: true);
        Add(CategoryIds.Sextortion, Sextortion(text), contact: true);
        Add(CategoryIds.AbuseAdvocacy, Advocacy(text));

        if (text.Best(SignalFamily.Minor) is { } minor)
        {
            results.Add(new CategoryScore(CategoryIds.HasMinor, minor.Confidence, "has_minor.indicator", Evidence([minor])));
        }

        if (protective is { } p)
        {
            results.Add(new CategoryScore(CategoryIds.SupportContext, p.Confidence, "support_context.stated", Evidence([p])));
        }

        results.Sort(static (a, b) => b.Score.CompareTo(a.Score));
        return results;
    }

    /// <summary>A sexual word or sexual material near a minor: their confidences multiplied, lowered by a health frame near them.</summary>
    private static Candidate? Sexualisation(CueSet text, (Cue Sexual, Cue Minor)? pair)
    {
        if (pair is not { } p)
        {
            return null;
        }

        var score = PairScore(p.Sexual, p.Minor);
        return text.Near(SignalFamily.Sexual, p.Sexual, CueSet.Mask((int)SexualIndicatorKind.HealthOrEducation)) is { } health
            ? new Candidate(score * HealthDamping, "minor_sexualisation.pair.health", [p.Sexual, p.Minor, health])
            : new Candidate(score, "minor_sexualisation.pair", [p.Sexual, p.Minor]);
    }

    /// <summary>
    /// A sexualising pair with a request of one of <paramref name="kinds"/> near it. The request makes even a weak
    /// sexual word ("explicit", "hot") mean what it says, so the sexual confidence is raised toward 1 by half the
    /// request's: √m · (1 − (1 − s)(1 − 0.75 g)).
    /// </summary>
    private static Candidate? WithIntent(CueSet text, (Cue Sexual, Cue Minor)? pair, int kinds, string rule)
    {
        if (pair is not { } p || (text.Near(SignalFamily.Intent, p.Sexual, kinds) ?? text.Near(SignalFamily.Intent, p.Minor, kinds)) is not { } intent)
        {
            return null;
        }

        // Faint words ("spicy" at 0.2) are not raised: "a story about a 12-year-old who loves spicy food" is not a request for sexual content.
        var sexual = p.Sexual.Confidence < FaintSexual ? p.Sexual.Confidence : 1 - (1 - p.Sexual.Confidence) * (1 - RequestWeight * intent.Confidence);
        var score = Math.Sqrt(p.Minor.Confidence) * sexual;
        return text.Near(SignalFamily.Sexual, p.Sexual, CueSet.Mask((int)SexualIndicatorKind.HealthOrEducation)) is { } health
            ? new Candidate(score * HealthDamping, rule + ".health", [intent, p.Sexual, p.Minor, health])
            : new Candidate(score, rule, [intent, p.Sexual, p.Minor]);
    }

    /// <summary>
    /// An offender code word for abuse material: with a request of <paramref name="kinds"/> near it, the two combined
    /// as independent evidence (1 − (1 − c)(1 − 0.8 a)), so an ambiguous code ("loli", "цп") asked for counts; without
    /// one, scaled by <paramref name="alone"/> (0 when the category needs the request).
    /// </summary>
    private static Candidate? Code(CueSet text, int? kinds, string category, double alone)
    {
        if (text.Best(SignalFamily.Sexual, CueSet.Mask((int)SexualIndicatorKind.AbuseMaterialCode)) is not { } code)
        {
            return null;
        }

        if (kinds is { } asked && text.Near(SignalFamily.Intent, code, asked) is { } intent)
        {
            return new Candidate(1 - (1 - code.Confidence) * (1 - 0.8 * intent.Confidence), category + ".code.request", [intent, code]);
        }

        return alone > 0 ? new Candidate(code.Confidence * alone, category + ".code", [code]) : null;
    }

    /// <summary>
    /// A request to undress, nudify or face-swap near a minor or a young person: e · (0.6 + 0.4 p). A sexual word or
    /// nudity near the edit ("face swap … onto a nude body") raises the edit's confidence as independent evidence
    /// (1 − (1 − e)(1 − 0.7 s)).
    /// </summary>
    private static Candidate? ImageManipulation(CueSet text)
    {
        Candidate? best = null;
        foreach (var edit in text.All(SignalFamily.Intent, CueSet.Mask((int)IntentKind.ImageManipulation)))
        {
            if (text.NearestMinor(edit) is not { } person)
            {
                continue;
            }

            // Undressing a doll for its bath is play, not an edit of a child.
            if (text.Near(SignalFamily.Sexual, edit, CueSet.Mask((int)SexualIndicatorKind.HealthOrEducation)) is { RuleId: "care_and_play" })
            {
                continue;
            }

            var sexual = text.Near(SignalFamily.Sexual, edit, Sexualising);
            var confidence = sexual is { } s ? 1 - (1 - edit.Confidence) * (1 - 0.7 * s.Confidence) : edit.Confidence;
            best = Best(best, new Candidate(confidence * (0.6 + 0.4 * person.Confidence), sexual is null ? "minor_image_manipulation.request" : "minor_image_manipulation.sexual_request",
                sexual is { } x ? [edit, person, x] : [edit, person]));
        }

        // "Make a nude from this photo of a 13-year-old": a request to produce nudity from a picture of a minor.
        foreach (var request in text.All(SignalFamily.Intent, CueSet.Mask((int)IntentKind.Generate)))
        {
            if (text.Near(SignalFamily.Sexual, request, Undressed) is { } nudity
                && Best(text.Near(SignalFamily.Intent, request, CueSet.Mask((int)IntentKind.ImageReference)), text.Near(SignalFamily.Imagery, request)) is { } picture
                && text.Near(SignalFamily.Minor, picture) is { Confidence: >= MinorIndicatorDetector.LikelyMinor } child)
            {
                best = Best(best, new Candidate(0.85 * Math.Sqrt(child.Confidence), "minor_image_manipulation.nude_from_picture", [request, nudity, picture, child]));
            }
        }

        return best;
    }

    /// <summary>
    /// Grooming behaviours: the most confident cue of each kind combined as independent evidence (1 − Π(1 − c)),
    /// scaled by who they are aimed at (a minor, a young person, or nobody named); pretending to be a child and asking a
    /// minor for sexual images count on their own.
    /// </summary>
    private static Candidate? Grooming(CueSet text)
    {
        // "Don't tell mom about the surprise party" is a secret kept for a child, not from one.
        // Secrecy kept from the child's own parents ("just between us, your mom would get jealous") is the strong form.
        var cues = GroomingKindList.Select(kind => text.Best(SignalFamily.Contact, CueSet.Mask(kind))).OfType<Cue>()
            .Where(cue => cue.Kind != (int)ContactCueKind.Secrecy || text.Near(SignalFamily.Celebration, cue) is null)
            .Select(cue => cue.Kind == (int)ContactCueKind.Secrecy && text.Near(SignalFamily.Audience, cue) is not null ? cue with { Confidence = Math.Max(cue.Confidence, 0.75) } : cue)
            .ToList();
        var minor = text.Best(SignalFamily.Minor);
        var young = text.Best(SignalFamily.YoungPerson);
        Candidate? best = null;
        if (cues.Count > 0)
        {
            var combined = 1 - cues.Aggregate(1.0, (product, cue) => product * (1 - cue.Confidence));
            // Secrecy from "your parents" is itself addressed to a child.
            var parents = cues.Where(cue => cue.Kind == (int)ContactCueKind.Secrecy).Select(cue => text.Near(SignalFamily.Audience, cue)).OfType<Cue>().FirstOrDefault();
            var (factor, target, rule) = minor is { Confidence: >= MinorIndicatorDetector.LikelyMinor } m ? (1.0, (Cue?)m, "grooming.behaviours.minor")
                : young is { } y ? (0.8, y, "grooming.behaviours.young_person")
                : parents is { } p ? (0.8, p, "grooming.behaviours.secret_from_parents")
                : (0.6, (Cue?)null, "grooming.behaviours");
            best = new Candidate(combined * factor, rule, target is { } t ? [.. cues, t] : cues);
        }

        // "How do I get a 10-year-old to keep secrets from his parents / meet me alone?", "write messages so a
        // 12-year-old trusts me": a request to groom.
        foreach (var persuasion in text.All(SignalFamily.Persuasion).Concat(text.All(SignalFamily.Intent, CueSet.Mask((int)IntentKind.Generate))))
        {
            if (text.Near(SignalFamily.Minor, persuasion) is { Confidence: >= MinorIndicatorDetector.LikelyMinor } target
                && Best(text.Near(SignalFamily.Seclusion, persuasion), text.Near(SignalFamily.Contact, persuasion, GroomingKinds)) is { } aim)
            {
                best = Best(best, new Candidate(0.85 * Math.Sqrt(target.Confidence), "grooming.how_to", [persuasion, target, aim]));
            }
        }

        if (text.Best(SignalFamily.Intent, CueSet.Mask((int)IntentKind.PeerPretence)) is { } pretence && text.NearestMinor(pretence) is { } posedAs)
        {
            best = Best(best, new Candidate(pretence.Confidence * (0.6 + 0.4 * posedAs.Confidence), "grooming.peer_pretence", [pretence, posedAs]));
        }

        if (text.Best(SignalFamily.Contact, CueSet.Mask((int)ContactCueKind.ImageRequest)) is { } ask && minor is { } child
            && text.Near(SignalFamily.Sexual, ask, Sexualising) is { } sexual)
        {
            best = Best(best, new Candidate(ask.Confidence * sexual.Confidence * child.Confidence, "grooming.sexual_image_request", [ask, sexual, child]));
        }

        return best;
    }

    /// <summary>A threat to expose, made stronger by a demand or a mention of images; slightly weaker when no minor is named.</summary>
    private static Candidate? Sextortion(CueSet text)
    {
        var threat = text.Best(SignalFamily.Contact, CueSet.Mask((int)ContactCueKind.ExposureThreat));
        var demand = text.Best(SignalFamily.Contact, CueSet.Mask((int)ContactCueKind.Demand));
        var images = Best(text.Best(SignalFamily.Contact, CueSet.Mask((int)ContactCueKind.ImageRequest)), text.Best(SignalFamily.Sexual, Sexualising));
        var minor = text.Best(SignalFamily.Minor);
        var factor = minor is { Confidence: >= MinorIndicatorDetector.LikelyMinor } ? 1.0 : 0.9;
        Candidate? best = null;
        if (threat is { } t)
        {
            var support = Best(demand, images);
            var cues = new List<Cue> { t };
            cues.AddRange(new[] { demand, images, minor }.OfType<Cue>());
            best = new Candidate(t.Confidence * (0.55 + 0.45 * (support?.Confidence ?? 0)) * factor, "sextortion.threat", cues);
        }

        var pictures = Best(images, text.Best(SignalFamily.Imagery));
        // "Send more pics or I'll show your whole school": a demand, pictures and the people who would see them.
        if (demand is { } d && pictures is { } pics && text.Best(SignalFamily.Audience) is { } audience)
        {
            best = Best(best, new Candidate((0.65 + 0.3 * d.Confidence) * factor, "sextortion.demand_exposure", [d, pics, audience]));
        }

        // "Send more pics or I'll post the ones you sent", "O me mandas otro video o publico el que tengo": a condition, a
        // demand for or a hold on the addressee's pictures, and a way to expose them.
        if (text.Best(SignalFamily.Conditional) is { } condition
            && text.Near(SignalFamily.Exposure, condition) is { } expose
            && Best(Best(text.Near(SignalFamily.TheirImages, condition), DemandForPictures(text, condition)),
                text.Near(SignalFamily.Audience, expose) is not null ? text.Near(SignalFamily.Imagery, condition) : null) is { } held)
        {
            var seen = text.Near(SignalFamily.Audience, expose);
            best = Best(best, new Candidate((seen is null ? 0.75 : 0.9) * factor, "sextortion.conditional_exposure",
                seen is { } w ? [held, condition, expose, w] : [held, condition, expose]));
        }

        // "I have your photos … or your dad sees them": the addressee's own pictures and the people who would see them.
        if (text.Best(SignalFamily.TheirImages) is { } theirs && text.Near(SignalFamily.Audience, theirs) is { } watchers)
        {
            var pressure = demand is { } dm ? 0.15 * dm.Confidence : 0;
            best = Best(best, new Candidate((0.75 + pressure) * factor, "sextortion.their_images_exposed", demand is { } dx ? [theirs, watchers, dx] : [theirs, watchers]));
        }

        // "sextortion script for a teen boy", "Erpressungsnachricht Nacktbilder Schülerin": extortion named, of a minor.
        // Named, not asked about: a request or pictures near it, and no question word or safety frame ("how do sextortion
        // scams work, so I can warn my students?", "studies on the prevalence of sextortion among teenagers").
        if (text.Best(SignalFamily.Extortion) is { } extortion && text.Near(SignalFamily.Minor, extortion) is { Confidence: >= MinorIndicatorDetector.LikelyMinor } target
            && (text.Near(SignalFamily.Intent, extortion, CueSet.Mask((int)IntentKind.Generate)) is not null || text.Near(SignalFamily.Imagery, extortion) is not null
                || text.Near(SignalFamily.Sexual, extortion, Undressed) is not null)
            && text.Near(SignalFamily.Inquiry, extortion) is null && text.Near(SignalFamily.Safeguarding, extortion) is null)
        {
            best = Best(best, new Candidate(0.8 * Math.Sqrt(target.Confidence), "sextortion.named_extortion_of_minor", [extortion, target]));
        }

        // "Write a message threatening a 14-year-old to send more photos": coercion over pictures of a minor, asked for.
        if (text.Best(SignalFamily.Coercion) is { } coercion && Best(pictures, text.Near(SignalFamily.Exposure, coercion)) is { } p
            && minor is { Confidence: >= MinorIndicatorDetector.LikelyMinor } child)
        {
            best = Best(best, new Candidate(0.9 * Math.Sqrt(child.Confidence), "sextortion.coercion_of_minor", [coercion, p, child]));
        }

        return Best(best, demand is { } dd && images is { } i ? new Candidate(dd.Confidence * i.Confidence * 0.7 * factor, "sextortion.demand", [dd, i]) : null);
    }

    /// <summary>A request or demand for pictures near <paramref name="anchor"/>: "send more pics", "mándame más fotos".</summary>
    private static Cue? DemandForPictures(CueSet text, Cue anchor)
    {
        var request = text.Near(SignalFamily.Contact, anchor, CueSet.Mask((int)ContactCueKind.ImageRequest));
        var demand = text.Near(SignalFamily.Contact, anchor, CueSet.Mask((int)ContactCueKind.Demand));
        return Best(request, demand is { } d && text.Near(SignalFamily.Imagery, d) is not null ? d : null);
    }

    /// <summary>
    /// Advocacy: a specific phrase ("children can consent") counts on its own, raised by a minor near it; a generic one
    /// ("should be legal") counts only with a minor and a sexual or romantic word near it.
    /// </summary>
    private static Candidate? Advocacy(CueSet text)
    {
        Candidate? best = null;
        foreach (var claim in text.All(SignalFamily.Intent, CueSet.Mask((int)IntentKind.Advocacy)))
        {
            var topic = Best(text.Near(SignalFamily.Sexual, claim, Sexualising), text.Near(SignalFamily.Sexual, claim, CueSet.Mask((int)SexualIndicatorKind.Romantic)));
            // The age of consent and paedophilia are about minors by definition: "lower the age of consent to 10" names no child.
            var minor = text.Near(SignalFamily.Minor, claim)
                ?? (topic is { RuleId: "consent_age" or "advocacy_topic" } implied ? implied with { Confidence = 0.8 } : null);
            if (claim.Confidence >= 0.5)
            {
                best = Best(best, new Candidate(claim.Confidence * (0.7 + 0.3 * (minor?.Confidence ?? 0)), "abuse_advocacy.claim",
                    minor is { } m ? [claim, m] : [claim]));
            }
            else if (minor is { } m && topic is { } x)
            {
                // The topic's presence matters more than how surely its word is sexual: x' = (1 + x) / 2.
                best = Best(best, new Candidate(1 - (1 - claim.Confidence) * (1 - m.Confidence * (1 + x.Confidence) / 2), "abuse_advocacy.normalising", [claim, m, x]));
            }
        }

        // "abolish the age of consent", "arguments in favour of paedophilia", "恋童 合法化": a side taken on a topic that is
        // about children by definition, however the sentence is built.
        foreach (var topic in text.All(SignalFamily.Sexual, CueSet.Mask((int)SexualIndicatorKind.Romantic)))
        {
            if (topic.RuleId is "consent_age" or "advocacy_topic" && text.Near(SignalFamily.Stance, topic) is { } stance && text.Near(SignalFamily.Inquiry, topic) is null)
            {
                best = Best(best, new Candidate(0.75, "abuse_advocacy.stance_on_topic", [stance, topic]));
            }
        }

        return best;
    }

    /// <summary>
    /// A sexual word about a minor: s · √m. The square root keeps a fairly sure minor ("niña", 0.75) from halving a
    /// clear sexual word, while an unsure one ("kid", 0.55) still lowers it.
    /// </summary>
    private static double PairScore(Cue sexual, Cue minor) => sexual.Confidence * Math.Sqrt(minor.Confidence);

    /// <summary>
    /// Trading or seeking pictures of minors without a sexual word ("groups to trade pics of underage girls"): a trade
    /// is suspect enough to hold (0.65 to 0.9 with a sure minor), a search or download is not on its own (0.4).
    /// </summary>
    private static Candidate? ImagesOfMinors(CueSet text)
    {
        Candidate? best = null;
        foreach (var intent in text.All(SignalFamily.Intent, Acquiring))
        {
            if (text.Near(SignalFamily.Imagery, intent) is { } images && text.Near(SignalFamily.Minor, images) is { Confidence: >= MinorIndicatorDetector.LikelyMinor } minor)
            {
                var score = intent.Kind == (int)IntentKind.Trade ? 0.65 + 0.25 * minor.Confidence * Math.Max(intent.Confidence, 0.5) : 0.4;
                best = Best(best, new Candidate(score, "csam_acquisition.images_of_minors", [intent, images, minor]));
            }
        }

        return best;
    }

    /// <summary>
    /// Seeking or trading pictures of minors described as intimate, private or explicit ("where to buy intimate images
    /// of boys under fifteen", "foto spinte di ragazzine"): 0.85·√m.
    /// </summary>
    private static Candidate? HiddenPicturesOfMinors(CueSet text)
    {
        Candidate? best = null;
        foreach (var intent in text.All(SignalFamily.Intent, Acquiring))
        {
            if (text.Near(SignalFamily.Explicitness, intent) is { } hidden && text.Near(SignalFamily.Imagery, hidden) is { } images
                && text.Near(SignalFamily.Minor, images) is { Confidence: >= MinorIndicatorDetector.LikelyMinor } minor)
            {
                best = Best(best, new Candidate(0.85 * Math.Sqrt(minor.Confidence), "csam_acquisition.hidden_pictures_of_minors", [intent, hidden, images, minor]));
            }
        }

        return best;
    }

    private static IReadOnlyList<SignalEvidence> Evidence(IEnumerable<Cue> cues) =>
        [.. cues.Distinct().OrderBy(cue => cue.Span.Start).Select(cue => new SignalEvidence(cue.RuleId, cue.Span, cue.Confidence))];

    private static Candidate? Best(Candidate? a, Candidate? b) => a is null ? b : b is null ? a : b.Value.Score > a.Value.Score ? b : a;

    private static Cue? Best(Cue? a, Cue? b) => CueSet.MoreConfident(a, b);

    private readonly record struct Candidate(double Score, string Rule, IReadOnlyList<Cue> Cues);
}
