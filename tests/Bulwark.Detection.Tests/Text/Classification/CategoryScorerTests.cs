using Bulwark.Detection.Policy;
using Bulwark.Detection.Text.Classification;
using Bulwark.Detection.Text.Normalisation;
using Bulwark.Detection.Text.Signals;

namespace Bulwark.Detection.Tests.Text.Classification;

/// <summary>
/// The combination rules on hand-made cues, so each rule is specified apart from the wording the signals recognise.
/// Spans are character positions in an imagined text; cues within <see cref="CategoryScorer.NearChars"/> are near.
/// </summary>
public sealed class CategoryScorerTests
{
    private static Cue Minor(int at, double confidence = 0.95) => new(SignalFamily.Minor, (int)MinorIndicatorKind.Age, confidence, new TextSpan(at, 10), "age.test");

    private static Cue Young(int at) => new(SignalFamily.YoungPerson, 0, CategoryScorer.YoungPersonAsMinor, new TextSpan(at, 8), "young_person.test");

    private static Cue Sexual(int at, SexualIndicatorKind kind = SexualIndicatorKind.Sexual, double confidence = 0.9) =>
        new(SignalFamily.Sexual, (int)kind, confidence, new TextSpan(at, 5), "sexual.test");

    private static Cue Intent(int at, IntentKind kind, double confidence = 0.9) => new(SignalFamily.Intent, (int)kind, confidence, new TextSpan(at, 5), "intent.test");

    private static Cue Contact(int at, ContactCueKind kind, double confidence = 0.8) => new(SignalFamily.Contact, (int)kind, confidence, new TextSpan(at, 5), "contact.test");

    private static Cue Protective(int at, ProtectiveContextKind kind, double confidence = 0.9) =>
        new(SignalFamily.Protective, (int)kind, confidence, new TextSpan(at, 12), "context.test");

    private static double Score(string category, params Cue[] cues) =>
        CategoryScorer.Score(cues).FirstOrDefault(score => score.Category == category)?.Score ?? 0;

    [Fact]
    public void A_request_with_a_sexual_word_and_a_minor_near_each_other_is_solicitation_at_block_strength()
    {
        var cues = new[] { Intent(0, IntentKind.Generate), Sexual(8), Minor(25) };

        var scores = CategoryScorer.Score(cues);

        var solicitation = Assert.Single(scores, score => score.Category == CategoryIds.CsamSolicitation);
        Assert.True(solicitation.Score >= 0.8, $"{solicitation.Score}");
        Assert.Equal("csam_solicitation.request", solicitation.RuleId);
        Assert.Equal(["intent.test", "sexual.test", "age.test"], solicitation.Evidence.Select(evidence => evidence.RuleId));
        Assert.True(Score(CategoryIds.MinorSexualisation, cues) >= 0.8);
        Assert.Equal(0.95, Score(CategoryIds.HasMinor, cues));
    }

    [Fact]
    public void A_sexual_word_far_from_the_minor_is_no_pair()
    {
        var cues = new[] { Intent(0, IntentKind.Generate), Sexual(8), Minor(8 + 5 + CategoryScorer.NearChars + 1) };

        Assert.Equal(0, Score(CategoryIds.CsamSolicitation, cues));
        Assert.Equal(0, Score(CategoryIds.MinorSexualisation, cues));
    }

    [Fact]
    public void Without_a_minor_sexual_requests_are_not_child_safety_violations()
    {
        var scores = CategoryScorer.Score([Intent(0, IntentKind.Generate), Sexual(8)]);

        Assert.Empty(scores);
    }

    [Fact]
    public void A_health_phrase_over_the_sexual_word_removes_it_and_one_near_the_pair_lowers_it()
    {
        var overlapped = new[] { Sexual(10), Sexual(10, SexualIndicatorKind.HealthOrEducation, 0.9), Minor(30) };
        var nearby = new[] { Sexual(10), Sexual(40, SexualIndicatorKind.HealthOrEducation, 0.9), Minor(60) };

        Assert.Equal(0, Score(CategoryIds.MinorSexualisation, overlapped));
        Assert.Equal(0.9 * Math.Sqrt(0.95) * CategoryScorer.HealthDamping, Score(CategoryIds.MinorSexualisation, nearby), 6);
    }

    [Fact]
    public void An_abuse_material_code_word_alone_is_acquisition_and_with_a_request_more_so()
    {
        var code = Sexual(0, SexualIndicatorKind.AbuseMaterialCode, 0.95);

        Assert.Equal(0.95 * 0.85, Score(CategoryIds.CsamAcquisition, code), 6);
        Assert.True(Score(CategoryIds.CsamAcquisition, code, Intent(10, IntentKind.Acquire)) > 0.9);
        Assert.True(Score(CategoryIds.CsamSolicitation, code, Intent(10, IntentKind.Generate)) > 0.9);
        Assert.Equal(0, Score(CategoryIds.CsamSolicitation, code));
    }

    [Fact]
    public void Undressing_a_minor_is_image_manipulation_and_a_young_person_word_is_weaker()
    {
        var minor = Score(CategoryIds.MinorImageManipulation, Intent(0, IntentKind.ImageManipulation), Minor(20));
        var young = Score(CategoryIds.MinorImageManipulation, Intent(0, IntentKind.ImageManipulation), Young(20));

        Assert.True(minor >= 0.8, $"{minor}");
        Assert.InRange(young, 0.5, minor - 0.1);
        Assert.Equal(0, Score(CategoryIds.MinorImageManipulation, Intent(0, IntentKind.ImageManipulation)));
    }

    [Fact]
    public void Grooming_behaviours_add_up_and_count_most_when_a_minor_is_named()
    {
        var behaviours = new[] { Contact(0, ContactCueKind.Secrecy), Contact(300, ContactCueKind.PrivateChannel, 0.7) };

        var withMinor = Score(CategoryIds.Grooming, [.. behaviours, Minor(60)]);
        var secretFromParents = Score(CategoryIds.Grooming, [.. behaviours, new Cue(SignalFamily.Audience, 0, 0.7, new TextSpan(10, 12), "audience.test")]);
        var alone = Score(CategoryIds.Grooming, behaviours);
        var single = Score(CategoryIds.Grooming, Contact(0, ContactCueKind.Meeting, 0.6));

        Assert.Equal(1 - (0.2 * 0.3), withMinor, 6);
        Assert.Equal((1 - (0.2 * 0.3)) * 0.8, secretFromParents, 6);
        Assert.True(single < 0.5, $"{single}");
    }

    [Fact]
    public void Pretending_to_be_a_child_is_grooming()
    {
        Assert.True(Score(CategoryIds.Grooming, Intent(0, IntentKind.PeerPretence), Minor(15)) >= 0.8);
    }

    [Fact]
    public void A_threat_to_expose_with_a_demand_is_sextortion_and_a_victim_asking_for_help_is_support()
    {
        var threat = new[] { Contact(0, ContactCueKind.ExposureThreat, 0.9), Contact(30, ContactCueKind.Demand, 0.8), Minor(50) };
        var victim = threat.Append(Protective(70, ProtectiveContextKind.VictimSeekingHelp)).ToArray();

        var scores = CategoryScorer.Score(victim);

        Assert.True(Score(CategoryIds.Sextortion, threat) >= 0.8);
        var sextortion = Assert.Single(scores, score => score.Category == CategoryIds.Sextortion);
        Assert.True(sextortion.Score < 0.5, $"{sextortion.Score}");
        Assert.EndsWith(".victim", sextortion.RuleId, StringComparison.Ordinal);
        Assert.Equal(0.9, Score(CategoryIds.SupportContext, victim));
    }

    [Fact]
    public void A_protective_context_lowers_violations_unless_the_writer_asks_for_harm()
    {
        var parent = Protective(0, ProtectiveContextKind.ParentOrGuardian);

        var asking = Score(CategoryIds.MinorSexualisation, parent, Sexual(20), Minor(30));
        var requesting = Score(CategoryIds.CsamAcquisition, parent, Intent(15, IntentKind.Acquire), Sexual(20, SexualIndicatorKind.AbuseMaterialCode, 0.95));

        Assert.Equal(0.9 * Math.Sqrt(0.95) * CategoryScorer.ProtectiveDamping, asking, 6);
        Assert.True(requesting > 0.9, $"{requesting}");
    }

    [Fact]
    public void Specific_advocacy_counts_alone_and_generic_advocacy_needs_a_minor_and_a_topic()
    {
        var specific = Score(CategoryIds.AbuseAdvocacy, Intent(0, IntentKind.Advocacy, 0.9), Minor(0));
        var generic = Score(CategoryIds.AbuseAdvocacy, Intent(0, IntentKind.Advocacy, 0.4), Minor(20));
        var genericWithTopic = Score(CategoryIds.AbuseAdvocacy, Intent(0, IntentKind.Advocacy, 0.4), Minor(20), Sexual(35, SexualIndicatorKind.Romantic, 0.6));

        Assert.True(specific >= 0.85, $"{specific}");
        Assert.Equal(0, generic);
        Assert.Equal(1 - (0.6 * (1 - (0.95 * (1 + 0.6) / 2))), genericWithTopic, 6);
    }

    [Fact]
    public void In_a_whole_conversation_distance_does_not_matter()
    {
        var cues = new[] { Intent(0, IntentKind.Generate), Sexual(8), Minor(5000) };

        Assert.Equal(0, Score(CategoryIds.CsamSolicitation, cues));
        Assert.True(CategoryScorer.Score(cues, wholeText: true).Single(score => score.Category == CategoryIds.CsamSolicitation).Score >= 0.8);
    }

    [Fact]
    public void A_cue_beyond_every_other_is_looked_up_without_running_off_the_end()
    {
        // The secrecy lies after the only audience word: the window search for an audience near it starts past the end of that list.
        var audience = new Cue(SignalFamily.Audience, 0, 0.7, new TextSpan(0, 12), "audience.test");
        var cues = new[] { audience, Contact(5000, ContactCueKind.Secrecy), Contact(5010, ContactCueKind.Meeting) };

        var grooming = Score(CategoryIds.Grooming, cues);

        Assert.InRange(grooming, 0.01, 1);
    }
}
