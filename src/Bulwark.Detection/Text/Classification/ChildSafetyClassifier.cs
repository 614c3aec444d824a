using Bulwark.Detection.Policy;
using Bulwark.Detection.Text.Normalisation;
using Bulwark.Detection.Text.Signals;

namespace Bulwark.Detection.Text.Classification;

/// <summary>
/// The child-safety text classifier: normalises a text once, runs the text signals over it (minor indicators, sexual
/// indicators, intents, grooming and sextortion behaviours, protective contexts, young-person words) and combines
/// their findings into the policy's categories, each with a score, the combination rule and the evidence spans.
/// Thread-safe; create one and share it.
/// </summary>
/// <remarks>
/// A conversation is classified message by message and as a whole: a minor named in one turn and a request for
/// images in another are evidence together, and grooming behaviours spread over several turns of one speaker (trust,
/// then secrecy, then a private channel, then a meeting) score as an escalation. See README.md for the rules.
/// </remarks>
public sealed class ChildSafetyClassifier
{
    /// <summary>The turn separator in <see cref="TextClassification.Text"/> of a conversation.</summary>
    public const string TurnSeparator = "\n\n";

    /// <summary>What an escalation of grooming behaviours across turns adds to the conversation's grooming score.</summary>
    public const double EscalationBonus = 0.15;

    private readonly TextNormaliser _normaliser;
    private readonly MinorIndicatorDetector _minors;
    private readonly SexualIndicatorDetector _sexual;
    private readonly IntentDetector _intents;
    private readonly ContactCueDetector _contact;
    private readonly ProtectiveContextDetector _protective;
    private readonly CueTriggers? _triggers;

    /// <summary>Creates a classifier whose signals share <paramref name="normaliser"/> (a default one when null).</summary>
    public ChildSafetyClassifier(TextNormaliser? normaliser = null)
        : this(normaliser, negativeFastPath: true)
    {
    }

    /// <param name="normaliser">Shared by the signals; a default one when null.</param>
    /// <param name="negativeFastPath">
    /// Return "nothing found" without running the signals when <see cref="CueTriggers"/> proves no category can score;
    /// off only to check that the answers are the same (ChildSafetyClassifierFastPathTests).
    /// </param>
    internal ChildSafetyClassifier(TextNormaliser? normaliser, bool negativeFastPath)
    {
        _triggers = negativeFastPath ? CueTriggers.Shared : null;
        _normaliser = normaliser ?? new TextNormaliser();
        _minors = new MinorIndicatorDetector(_normaliser);
        _sexual = new SexualIndicatorDetector(_normaliser);
        _intents = new IntentDetector(_normaliser);
        _contact = new ContactCueDetector(_normaliser);
        _protective = new ProtectiveContextDetector(_normaliser);
    }

    /// <summary>Classifies one text.</summary>
    public TextClassification Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new TextClassification(text, Score(text), [new TextSpan(0, text.Length)]);
    }

    /// <summary>
    /// The categories <paramref name="text"/> scores in, as <see cref="Classify"/> gives them, without the
    /// classification around them: the screening detector needs only these, and for most texts they are none.
    /// </summary>
    internal IReadOnlyList<CategoryScore> Score(string text)
    {
        var normalised = _normaliser.Normalise(text);

        // Most texts (captions, ordinary prose) cannot score in any category; proving that from the rules' first words
        // costs a table probe per token instead of six signals and the scoring. See CueTriggers for why it is exact.
        if (_triggers is { } triggers && !triggers.MayScore(normalised))
        {
            return [];
        }

        // The scorer copies the cues it keeps, so the list is scratch.
        var cues = ScratchList<Cue>.Rent();
        Cues(normalised, cues);
        var scores = CategoryScorer.Score(cues);
        ScratchList<Cue>.Return(cues);
        return scores;
    }

    /// <summary>
    /// Every signal finding in <paramref name="text"/>, scored or not, in order of position: what the scoring rules
    /// had to work with. For explaining a verdict (<c>bulwark screen --explain</c>) and for writing rules.
    /// </summary>
    public IReadOnlyList<SignalEvidence> Signals(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Cues(_normaliser.Normalise(text), []).OrderBy(cue => cue.Span.Start).Select(cue => new SignalEvidence(cue.RuleId, cue.Span, cue.Confidence))];
    }

    /// <summary>
    /// Classifies a conversation: each turn on its own, and the whole transcript with every cue near every other. A
    /// category's score is the highest of the two; evidence spans point into <see cref="TextClassification.Text"/>,
    /// the turns joined by <see cref="TurnSeparator"/>.
    /// </summary>
    public TextClassification ClassifyConversation(IReadOnlyList<string> turns)
    {
        ArgumentNullException.ThrowIfNull(turns);
        var normalised = new NormalisedText[turns.Count];
        for (var t = 0; t < turns.Count; t++)
        {
            normalised[t] = _normaliser.Normalise(turns[t] ?? throw new ArgumentException($"Turn {t} is null.", nameof(turns)));
        }

        var spans = new List<TextSpan>(turns.Count);
        var all = new List<Cue>();
        var best = new Dictionary<string, CategoryScore>(StringComparer.Ordinal);
        var offset = 0;
        var groomingTurns = new List<(int Turn, int Stage, Cue Cue)>();

        // The kinds of every turn together meet no scoring clause: then no turn scores alone and the transcript, whose
        // cues are theirs, scores nothing either (an escalation only raises a grooming score that exists).
        if (_triggers is { } triggers && !triggers.MayScore(normalised))
        {
            foreach (var turn in turns)
            {
                spans.Add(new TextSpan(offset, turn.Length));
                offset += turn.Length + TurnSeparator.Length;
            }

            return new TextClassification(string.Join(TurnSeparator, turns), [], spans);
        }

        for (var t = 0; t < turns.Count; t++)
        {
            var turn = turns[t];
            spans.Add(new TextSpan(offset, turn.Length));
            var cues = Cues(normalised[t], []).Select(cue => cue with { Span = cue.Span with { Start = cue.Span.Start + offset } }).ToList();
            all.AddRange(cues);
            foreach (var score in CategoryScorer.Score(cues))
            {
                Keep(best, score);
            }

            groomingTurns.AddRange(cues.Where(cue => cue.Family == SignalFamily.Contact && GroomingStage(cue.Kind) >= 0)
                .Select(cue => (t, GroomingStage(cue.Kind), cue)));
            offset += turn.Length + TurnSeparator.Length;
        }

        foreach (var score in CategoryScorer.Score(all, wholeText: true))
        {
            Keep(best, score.Category == CategoryIds.Grooming ? Escalated(score, groomingTurns) : score);
        }

        var scores = best.Values.OrderByDescending(score => score.Score).ThenBy(score => score.Category, StringComparer.Ordinal).ToList();
        return new TextClassification(string.Join(TurnSeparator, turns), scores, spans);
    }

    /// <summary>
    /// Grooming behaviours in three or more turns whose stages never go back (trust and gifts, then secrecy and
    /// isolation, then private channels and images, then meeting) are an escalation, whatever each turn scored.
    /// </summary>
    private static CategoryScore Escalated(CategoryScore grooming, List<(int Turn, int Stage, Cue Cue)> cues)
    {
        var firstPerTurn = cues.GroupBy(cue => cue.Turn).Select(group => group.MinBy(cue => cue.Stage)).OrderBy(cue => cue.Turn).ToList();
        var stages = firstPerTurn.Select(cue => cue.Stage).ToList();
        var rising = stages.Count >= 3 && stages.Zip(stages.Skip(1)).All(pair => pair.Second >= pair.First) && stages[^1] > stages[0];
        if (!rising)
        {
            return grooming;
        }

        var evidence = grooming.Evidence.Concat(firstPerTurn.Select(cue => new SignalEvidence(cue.Cue.RuleId, cue.Cue.Span, cue.Cue.Confidence)))
            .Distinct().OrderBy(item => item.Span.Start).ToList();
        return new CategoryScore(grooming.Category, Math.Min(1, grooming.Score + EscalationBonus), grooming.RuleId + ".escalation", evidence);
    }

    /// <summary>The stage of a grooming behaviour in the usual order of an approach; -1 for other contact cues.</summary>
    private static int GroomingStage(int kind) => (ContactCueKind)kind switch
    {
        ContactCueKind.Gifts or ContactCueKind.Isolation => 0,
        ContactCueKind.Secrecy => 1,
        ContactCueKind.PrivateChannel or ContactCueKind.ImageRequest => 2,
        ContactCueKind.Meeting => 3,
        _ => -1,
    };

    private static void Keep(Dictionary<string, CategoryScore> best, CategoryScore score)
    {
        if (!best.TryGetValue(score.Category, out var current) || score.Score > current.Score)
        {
            best[score.Category] = score;
        }
    }

    /// <summary>Adds every cue of <paramref name="text"/> to <paramref name="cues"/> and returns it.</summary>
    private List<Cue> Cues(NormalisedText text, List<Cue> cues)
    {
        var minors = _minors.Detect(text);
        var sexual = _sexual.Detect(text);
        var intents = _intents.Detect(text);
        var contact = _contact.Detect(text);
        var protective = _protective.Detect(text);

        // Sized once (the classifier's own words come on top): on dense text the list's growth was a tenth of all allocation.
        cues.EnsureCapacity(minors.Count + sexual.Count + intents.Count + contact.Count + protective.Count + 32);
        foreach (var m in minors)
        {
            cues.Add(new Cue(SignalFamily.Minor, (int)m.Kind, m.Confidence, m.Evidence, m.RuleId));
        }

        foreach (var s in sexual)
        {
            cues.Add(new Cue(SignalFamily.Sexual, (int)s.Kind, s.Confidence, s.Evidence, s.RuleId));
        }

        foreach (var i in intents)
        {
            cues.Add(new Cue(SignalFamily.Intent, (int)i.Kind, i.Confidence, i.Evidence, i.RuleId));
        }

        foreach (var c in contact)
        {
            cues.Add(new Cue(SignalFamily.Contact, (int)c.Kind, c.Confidence, c.Evidence, c.RuleId));
        }

        foreach (var p in protective)
        {
            cues.Add(new Cue(SignalFamily.Protective, (int)p.Kind, p.Confidence, p.Evidence, p.RuleId));
        }

        ClassifierWords.Collect(text, cues);
        return cues;
    }
}
