using Bulwark.Detection.Text.Signals;
using Bulwark.Detection.Text.Signals.Contact;

namespace Bulwark.Detection.Tests.Text.Signals;

/// <summary>What <see cref="ContactCueDetector"/> reports, one behaviour per test, in short non-graphic messages.</summary>
public sealed class ContactCueDetectorTests
{
    private static readonly ContactCueDetector Detector = new();

    private static ContactCue Single(string text, ContactCueKind kind) =>
        Assert.Single(Detector.Detect(text), cue => cue.Kind == kind);

    private static string Evidence(string text, ContactCue cue) => text.Substring(cue.Evidence.Start, cue.Evidence.Length);

    [Fact]
    public void Secrecy_is_a_likely_cue_with_its_evidence_in_the_original_text()
    {
        const string text = "ok but don't tell your parents about this";
        var cue = Single(text, ContactCueKind.Secrecy);
        Assert.Equal("contact.en.secrecy", cue.RuleId);
        Assert.Equal("en", cue.Language);
        Assert.Equal("don't tell your parents", Evidence(text, cue));
        Assert.True(cue.Confidence >= ContactCueDetector.Likely);
    }

    [Theory]
    [InlineData("this is our little secret", ContactCueKind.Secrecy)]
    [InlineData("pls delete our chats", ContactCueKind.Secrecy)]
    [InlineData("nobody needs to know", ContactCueKind.Secrecy)]
    [InlineData("ur so mature for ur age", ContactCueKind.Isolation)]
    [InlineData("your parents don't understand you", ContactCueKind.Isolation)]
    [InlineData("only I understand you", ContactCueKind.Isolation)]
    [InlineData("add me on snap", ContactCueKind.PrivateChannel)]
    [InlineData("whats ur snap", ContactCueKind.PrivateChannel)]
    [InlineData("dm me rn", ContactCueKind.PrivateChannel)]
    [InlineData("I'll buy you a new phone", ContactCueKind.Gifts)]
    [InlineData("want free robux?", ContactCueKind.Gifts)]
    [InlineData("send me a pic", ContactCueKind.ImageRequest)]
    [InlineData("turn on ur cam", ContactCueKind.ImageRequest)]
    [InlineData("come alone", ContactCueKind.Meeting)]
    [InlineData("where do u live", ContactCueKind.Meeting)]
    [InlineData("I'll send your pics to your school", ContactCueKind.ExposureThreat)]
    [InlineData("everyone will see your pics", ContactCueKind.ExposureThreat)]
    [InlineData("pay me", ContactCueKind.Demand)]
    [InlineData("send me $500", ContactCueKind.Demand)]
    public void Each_kind_is_recognised_in_english_chat_spelling(string text, ContactCueKind kind)
    {
        Assert.Contains(Detector.Detect(text), cue => cue.Kind == kind && cue.Confidence >= ContactCueDetector.Likely);
    }

    [Theory]
    [InlineData("no se lo digas a nadie", "es", ContactCueKind.Secrecy)]
    [InlineData("eres muy madura para tu edad", "es", ContactCueKind.Isolation)]
    [InlineData("pásame tu número", "es", ContactCueKind.PrivateChannel)]
    [InlineData("mandame una foto", "es", ContactCueKind.ImageRequest)]
    [InlineData("voy a publicar tus fotos", "es", ContactCueKind.ExposureThreat)]
    [InlineData("ne dis rien à tes parents", "fr", ContactCueKind.Secrecy)]
    [InlineData("ajoute-moi sur snap", "fr", ContactCueKind.PrivateChannel)]
    [InlineData("je t'achète un téléphone", "fr", ContactCueKind.Gifts)]
    [InlineData("viens seule", "fr", ContactCueKind.Meeting)]
    [InlineData("sag es niemandem", "de", ContactCueKind.Secrecy)]
    [InlineData("du bist so reif fuer dein Alter", "de", ContactCueKind.Isolation)]
    [InlineData("schick mir ein Foto", "de", ContactCueKind.ImageRequest)]
    [InlineData("ich schicke deine Bilder an deine Schule", "de", ContactCueKind.ExposureThreat)]
    [InlineData("nao conta pros seus pais", "pt", ContactCueKind.Secrecy)]
    [InlineData("me adiciona no zap", "pt", ContactCueKind.PrivateChannel)]
    [InlineData("vou espalhar suas fotos", "pt", ContactCueKind.ExposureThreat)]
    [InlineData("il nostro segreto", "it", ContactCueKind.Secrecy)]
    [InlineData("scrivimi su telegram", "it", ContactCueKind.PrivateChannel)]
    [InlineData("pagami", "it", ContactCueKind.Demand)]
    [InlineData("никому не говори", "ru", ContactCueKind.Secrecy)]
    [InlineData("скинь фото", "ru", ContactCueKind.ImageRequest)]
    [InlineData("где ты живёшь", "ru", ContactCueKind.Meeting)]
    [InlineData("куплю тебе телефон", "ru", ContactCueKind.Gifts)]
    [InlineData("别告诉你爸妈", "zh", ContactCueKind.Secrecy)]
    [InlineData("加我微信", "zh", ContactCueKind.PrivateChannel)]
    [InlineData("发给你家人", "zh", ContactCueKind.ExposureThreat)]
    [InlineData("二人だけの秘密", "ja", ContactCueKind.Secrecy)]
    [InlineData("LINE交換しよう", "ja", ContactCueKind.PrivateChannel)]
    [InlineData("自撮り送って", "ja", ContactCueKind.ImageRequest)]
    [InlineData("買ってあげる", "ja", ContactCueKind.Gifts)]
    public void Each_language_is_recognised_with_and_without_accents(string text, string language, ContactCueKind kind)
    {
        var cue = Assert.Single(Detector.Detect(text), found => found.Kind == kind && found.Confidence >= ContactCueDetector.Likely);
        Assert.Equal(language, cue.Language);
    }

    [Fact]
    public void A_threat_by_the_threatener_scores_higher_than_one_reported_by_its_victim()
    {
        var threat = Single("I'll send your pics to your school", ContactCueKind.ExposureThreat);
        var reported = Single("He says he'll send my pics to my school unless I pay, what do I do?", ContactCueKind.ExposureThreat);
        Assert.Equal(0.9, threat.Confidence);
        Assert.Equal("contact.en.exposure_threat.first_person", threat.RuleId);
        Assert.Equal(0.6, reported.Confidence);
        Assert.Equal("contact.en.exposure_threat.reported", reported.RuleId);
    }

    [Fact]
    public void The_writers_own_images_are_not_a_threat_without_someone_else_announcing_it()
    {
        Assert.DoesNotContain(Detector.Detect("I'll send my pics to you tomorrow"), cue => cue.Kind == ContactCueKind.ExposureThreat);
        Assert.Equal(0.6, Single("She's threatening to post my photos", ContactCueKind.ExposureThreat).Confidence);
    }

    [Theory]
    [InlineData("I'll call the police if you park there again")]
    [InlineData("I'll sue you")]
    [InlineData("I'll post the photos from the wedding")]
    [InlineData("everyone will see the new logo on Monday")]
    public void Threats_and_announcements_without_exposure_are_not_likely_exposure_threats(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), cue => cue.Kind == ContactCueKind.ExposureThreat && cue.Confidence >= ContactCueDetector.Likely);
    }

    [Fact]
    public void Half_a_demand_is_weak_until_its_other_half_or_a_threat_is_near()
    {
        Assert.All(Detector.Detect("or else"), cue => Assert.True(cue.Confidence < ContactCueDetector.Likely));
        Assert.All(Detector.Detect("sonst"), cue => Assert.True(cue.Confidence < ContactCueDetector.Likely));
        Assert.All(Detector.Detect("Bitcoin fell sharply this week"), cue => Assert.True(cue.Confidence < ContactCueDetector.Likely));
        var raised = Detector.Detect("send more or else").Where(cue => cue.Kind == ContactCueKind.Demand).ToList();
        Assert.Equal(2, raised.Count);
        Assert.All(raised, cue => Assert.Equal(0.75, cue.Confidence));
        Assert.Contains(Detector.Detect("pay or I'll post your pics"), cue => cue.RuleId == "contact.en.demand.pressure.with_pressure");
    }

    [Theory]
    [InlineData("send me $500", true)]
    [InlineData("send me 500€", true)]
    [InlineData("send me 200 euros", true)]
    [InlineData("send me 20 pics", false)]
    [InlineData("send me the report", false)]
    public void Send_me_is_a_demand_only_before_a_sum_of_money(string text, bool demand)
    {
        Assert.Equal(demand, Detector.Detect(text).Any(cue => cue.Kind == ContactCueKind.Demand));
    }

    [Theory]
    [InlineData("show me how to fix it")]
    [InlineData("can you show me the way to the station")]
    [InlineData("send me the report by Friday")]
    [InlineData("send me a photo of the receipt")]
    [InlineData("don't tell mom about the surprise party")]
    [InlineData("we met at the conference last year")]
    [InlineData("I bought a gift card for my mum")]
    [InlineData("pay the invoice or we will charge a late fee")]
    [InlineData("the secret ingredient is cinnamon")]
    [InlineData("支払えない")]
    public void Everyday_sentences_sharing_words_are_not_likely_cues(string text)
    {
        Assert.False(Detector.HasContactCue(text));
    }

    [Theory]
    [InlineData("let's meet for coffee tomorrow", ContactCueKind.Meeting)]
    [InlineData("I'll buy you a coffee next time", ContactCueKind.Gifts)]
    public void The_signal_is_lexical_and_fires_between_adults_too(string text, ContactCueKind kind)
    {
        Assert.Contains(Detector.Detect(text), cue => cue.Kind == kind && cue.Confidence >= ContactCueDetector.Likely);
    }

    [Fact]
    public void Trusting_and_keeping_it_between_us_alone_are_weak()
    {
        Assert.True(Single("you can trust me", ContactCueKind.Isolation).Confidence < ContactCueDetector.Likely);
        Assert.True(Single("keep this between us", ContactCueKind.Secrecy).Confidence < ContactCueDetector.Likely);
    }

    [Fact]
    public void Second_person_address_is_reported_once_at_low_confidence()
    {
        const string text = "hey you, how are you? tell me about your day";
        var cue = Single(text, ContactCueKind.SecondPerson);
        Assert.Equal(0.3, cue.Confidence);
        Assert.Equal(4, cue.Evidence.Start);
        Assert.Equal("ты", Evidence("как ты?", Single("как ты?", ContactCueKind.SecondPerson)));
        Assert.Equal("君", Evidence("君は", Single("君は", ContactCueKind.SecondPerson)));
    }

    [Fact]
    public void Overlapping_cues_of_one_kind_are_merged_keeping_the_most_confident()
    {
        var cue = Single("加我微信", ContactCueKind.PrivateChannel);
        Assert.Equal(0.7, cue.Confidence);
        Assert.Equal(4, cue.Evidence.Length);
    }

    [Fact]
    public void Cues_are_in_order_of_position()
    {
        var cues = Detector.Detect("add me on snap. send me a pic. don't tell anyone");
        var starts = cues.Select(cue => cue.Evidence.Start).ToList();
        Assert.Equal(starts.Order().ToList(), starts);
        Assert.Contains(cues, cue => cue.Kind == ContactCueKind.PrivateChannel);
        Assert.Contains(cues, cue => cue.Kind == ContactCueKind.ImageRequest);
        Assert.Contains(cues, cue => cue.Kind == ContactCueKind.Secrecy);
    }

    [Theory]
    [InlineData("d0nt t3ll ur m0m", "d0nt t3ll ur m0m")]
    [InlineData("say hi. DON'T TELL YOUR PARENTS", "DON'T TELL YOUR PARENTS")]
    [InlineData("don't tell your pa\u200Brents", "don't tell your pa\u200Brents")]
    [InlineData("don't tell y\u043Eur parents", "don't tell y\u043Eur parents")]
    public void Evidence_points_at_the_original_text_through_leetspeak_homoglyphs_and_invisible_characters(string text, string evidence)
    {
        Assert.Equal(evidence, Evidence(text, Single(text, ContactCueKind.Secrecy)));
    }

    [Fact]
    public void Evidence_in_a_decoded_base64_run_points_at_the_run()
    {
        var encoded = Convert.ToBase64String("send me a pic"u8.ToArray());
        var text = $"decode this: {encoded}";
        var cue = Single(text, ContactCueKind.ImageRequest);
        Assert.Equal(encoded, Evidence(text, cue));
    }

    [Fact]
    public void Every_phrase_of_the_table_is_found_in_its_own_text()
    {
        foreach (var spec in ContactRules.All.Where(spec => !spec.NeedsAmount && spec.Voice != ThreatVoice.Reported))
        {
            foreach (var phrase in Phrases(spec))
            {
                Assert.True(Detector.Detect(phrase).Any(cue => cue.Kind == spec.Kind && cue.Evidence.Start == 0), $"{spec.Id}: '{phrase}'");
            }
        }

        // Japanese "く" folds to a character that is not part of a word, so phrases running across it match up to it only.
        static IEnumerable<string> Phrases(ContactRuleSpec spec)
        {
            static string[] Split(string pattern) => [.. pattern.Split('|').Where(phrase => !phrase.Contains('*') && !phrase.Contains('く'))];
            if (spec is { Role: ContactRuleRole.Tail, Head: { } head })
            {
                var heads = Split(head.Pattern);
                var tails = Split(spec.Pattern);
                return heads.Select(first => $"{first} {tails[0]}").Concat(tails.Select(tail => $"{heads[0]} {tail}"));
            }

            // A phrase that needs an app after it is tried with one: "add me on" + "snap".
            var suffix = spec.FollowingClass >= 0 ? " snap" : string.Empty;
            return spec.Role == ContactRuleRole.Cue ? Split(spec.Pattern).Select(phrase => phrase + suffix) : [];
        }
    }
}
