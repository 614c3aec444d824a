using Bulwark.Detection.Text.Classification;
using Bulwark.Detection.Text.Normalisation;
using Bulwark.Detection.Text.Signals;

namespace Bulwark.Detection.Tests.Text.Classification;

/// <summary>
/// <see cref="CategoryScorer.ScoringClauses"/> against <see cref="CategoryScorer.Score"/> itself: cues of any kinds the
/// clauses call inert, in any number, confidence and position, score in no category. The fast path of the classifier
/// is only as exact as this.
/// </summary>
public sealed class CategoryScorerClauseTests
{
    private static readonly int FamilyCount = Enum.GetValues<SignalFamily>().Length;

    /// <summary>Rule ids the scorer looks at by name, and one it does not.</summary>
    private static readonly string[] RuleIds = ["consent_age", "advocacy_topic", "care_and_play", "signal.test"];

    private static readonly double[] Confidences = [0.05, 0.3, 0.45, 0.5, 0.75, 0.85, 0.9, 1.0];

    /// <summary>Every (family, kind) a cue can have.</summary>
    private static readonly (SignalFamily Family, int Kind)[] Types =
    [
        .. Enum.GetValues<SignalFamily>().SelectMany(family => Enumerable.Range(0, KindCount(family)).Select(kind => (family, kind))),
    ];

    private static int KindCount(SignalFamily family) => family switch
    {
        SignalFamily.Minor => Enum.GetValues<MinorIndicatorKind>().Length,
        SignalFamily.Sexual => Enum.GetValues<SexualIndicatorKind>().Length,
        SignalFamily.Intent => Enum.GetValues<IntentKind>().Length,
        SignalFamily.Contact => Enum.GetValues<ContactCueKind>().Length,
        SignalFamily.Protective => Enum.GetValues<ProtectiveContextKind>().Length,
        _ => 1,
    };

    [Fact]
    public void Cues_of_kinds_no_clause_needs_never_score_in_any_category()
    {
        var random = new Random(20261127);
        for (var round = 0; round < 3000; round++)
        {
            var inert = MaximalInertTypes(random);
            var cues = new List<Cue>();
            foreach (var (family, kind) in inert)
            {
                for (var copies = random.Next(1, 4); copies > 0; copies--)
                {
                    var start = random.Next(0, round % 2 == 0 ? 40 : 400);
                    cues.Add(new Cue(family, kind, Confidences[random.Next(Confidences.Length)], new TextSpan(start, random.Next(1, 20)), RuleIds[random.Next(RuleIds.Length)]));
                }
            }

            foreach (var wholeText in new[] { false, true })
            {
                var scores = CategoryScorer.Score(cues, wholeText);
                Assert.True(scores.Count == 0,
                    $"inert kinds [{string.Join(", ", inert)}] scored {string.Join(", ", scores.Select(score => $"{score.Category}={score.RuleId}"))}");
            }
        }
    }

    [Fact]
    public void Each_clause_names_cues_that_do_score_somewhere()
    {
        // Not needed for exactness, but a clause nothing can meet would only slow the fast path: each clause, met with
        // confident cues close together, scores.
        foreach (var clause in CategoryScorer.ScoringClauses)
        {
            var scored = false;
            foreach (var ruleId in RuleIds)
            {
                var cues = clause.Select((term, index) => new Cue(term.Family, FirstKind(term.Kinds), 0.95, new TextSpan(index * 10, 5), ruleId)).ToList();
                scored |= CategoryScorer.Score(cues).Count > 0;
            }

            Assert.True(scored, $"clause [{string.Join(", ", clause)}] never scores");
        }

        static int FirstKind(int mask) => System.Numerics.BitOperations.TrailingZeroCount(mask);
    }

    /// <summary>A random set of cue types, grown until no further type can join without meeting a clause.</summary>
    private static List<(SignalFamily Family, int Kind)> MaximalInertTypes(Random random)
    {
        var kinds = new int[FamilyCount];
        var chosen = new List<(SignalFamily, int)>();
        foreach (var (family, kind) in Types.OrderBy(_ => random.Next()))
        {
            kinds[(int)family] |= 1 << kind;
            if (CategoryScorer.MayScore(kinds))
            {
                kinds[(int)family] &= ~(1 << kind);
            }
            else
            {
                chosen.Add((family, kind));
            }
        }

        return chosen;
    }
}
