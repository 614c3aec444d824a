using Bulwark.Detection.Text.Signals;

namespace Bulwark.Detection.Tests.Text.Signals;

/// <summary>What <see cref="ProtectiveContextDetector"/> reports, one behaviour per test, in neutral sentences.</summary>
public sealed class ProtectiveContextDetectorTests
{
    private static readonly ProtectiveContextDetector Detector = new();

    private static ProtectiveContext Likely(string text) =>
        Assert.Single(Detector.Detect(text), context => context.Confidence >= ProtectiveContextDetector.Likely);

    [Fact]
    public void A_first_person_role_is_a_likely_context_with_its_evidence_in_the_original_text()
    {
        const string text = "Hello! I'm a paediatric nurse";
        var context = Likely(text);
        Assert.Equal(ProtectiveContextKind.Clinician, context.Kind);
        Assert.Equal("context.en.clinician.first_person", context.RuleId);
        Assert.Equal("en", context.Language);
        Assert.Equal("I'm a paediatric nurse", text.Substring(context.Evidence.Start, context.Evidence.Length));
        Assert.Equal(0.85, context.Confidence);
    }

    [Fact]
    public void A_protective_question_raises_a_first_person_role_and_is_given_as_support()
    {
        const string text = "I'm a parent and want to know how to keep my son safe online";
        var context = Likely(text);
        Assert.Equal(ProtectiveContextKind.ParentOrGuardian, context.Kind);
        Assert.Equal(0.95, context.Confidence);
        Assert.NotNull(context.Support);
        Assert.Equal("how to keep", text.Substring(context.Support.Value.Start, context.Support.Value.Length));
    }

    [Theory]
    [InlineData("teacher")]
    [InlineData("The nurse is on the second floor.")]
    [InlineData("Journalists were at the press conference.")]
    public void A_bare_role_word_is_below_likely(string text)
    {
        Assert.All(Detector.Detect(text), context => Assert.True(context.Confidence < ProtectiveContextDetector.Likely, context.RuleId));
    }

    [Theory]
    [InlineData("my teacher gave me homework")]
    [InlineData("the parent company reported earnings")]
    [InlineData("we saw a nurse shark")]
    [InlineData("my report card came today")]
    [InlineData("I'm 15 and my teacher is strict")]
    [InlineData("I'm seeing a therapist on Tuesday")]
    [InlineData("I'm not a doctor")]
    [InlineData("Tools such as moderators are listed")]
    public void A_role_word_without_a_protective_frame_is_not_a_context(string text)
    {
        Assert.False(Detector.IsProtective(text));
    }

    [Theory]
    [InlineData("As a teacher, how do I talk to students about online safety?", ProtectiveContextKind.Educator)]
    [InlineData("I'm a survivor and want to find a support group", ProtectiveContextKind.Survivor)]
    [InlineData("I research online child protection at a university", ProtectiveContextKind.Researcher)]
    [InlineData("I'm a journalist writing about platform safety", ProtectiveContextKind.Journalist)]
    [InlineData("I work in trust and safety and review reports", ProtectiveContextKind.TrustAndSafety)]
    [InlineData("a literature class discussing Nabokov's novel", ProtectiveContextKind.Literature)]
    [InlineData("what does the law say about reporting to NCMEC?", ProtectiveContextKind.Legal)]
    [InlineData("Parents, what are the warning signs we should look for?", ProtectiveContextKind.ParentOrGuardian)]
    public void Each_kind_of_context_is_recognised_in_english(string text, ProtectiveContextKind kind)
    {
        Assert.Contains(Detector.Detect(text), context => context.Kind == kind && context.Confidence >= ProtectiveContextDetector.Likely);
    }

    [Theory]
    [InlineData("soy madre", "es", ProtectiveContextKind.ParentOrGuardian)]
    [InlineData("Soy profesora de primaria", "es", ProtectiveContextKind.Educator)]
    [InlineData("je suis parent", "fr", ProtectiveContextKind.ParentOrGuardian)]
    [InlineData("Je suis enseignant", "fr", ProtectiveContextKind.Educator)]
    [InlineData("ich bin Mutter", "de", ProtectiveContextKind.ParentOrGuardian)]
    [InlineData("Ich bin Lehrerin", "de", ProtectiveContextKind.Educator)]
    [InlineData("sou mãe", "pt", ProtectiveContextKind.ParentOrGuardian)]
    [InlineData("sou professor", "pt", ProtectiveContextKind.Educator)]
    [InlineData("sono genitore", "it", ProtectiveContextKind.ParentOrGuardian)]
    [InlineData("sono insegnante", "it", ProtectiveContextKind.Educator)]
    [InlineData("я родитель", "ru", ProtectiveContextKind.ParentOrGuardian)]
    [InlineData("я работаю учителем", "ru", ProtectiveContextKind.Educator)]
    [InlineData("我是家长", "zh", ProtectiveContextKind.ParentOrGuardian)]
    [InlineData("我是老师", "zh", ProtectiveContextKind.Educator)]
    [InlineData("私は親です", "ja", ProtectiveContextKind.ParentOrGuardian)]
    [InlineData("教師として働いています", "ja", ProtectiveContextKind.Educator)]
    public void First_person_roles_are_stated_in_all_nine_languages(string text, string language, ProtectiveContextKind kind)
    {
        var context = Likely(text);
        Assert.Equal(kind, context.Kind);
        Assert.Equal(language, context.Language);
        Assert.EndsWith(".first_person", context.RuleId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Someone is threatening to share my photos, I'm 15, what do I do?", "en")]
    [InlineData("Alguien me amenaza con publicar mis fotos, ¿qué hago?", "es")]
    [InlineData("Quelqu'un me fait du chantage, que dois-je faire ?", "fr")]
    [InlineData("Jemand erpresst mich, was soll ich tun?", "de")]
    [InlineData("Alguém está me ameaçando, o que eu faço?", "pt")]
    [InlineData("Qualcuno mi ricatta, cosa devo fare?", "it")]
    [InlineData("Мне угрожают, что мне делать?", "ru")]
    [InlineData("有人威胁我，怎么办？", "zh")]
    [InlineData("脅されています。どうすればいいですか", "ja")]
    public void A_threatened_writer_asking_for_help_is_a_support_context_in_all_nine_languages(string text, string language)
    {
        var context = Likely(text);
        Assert.Equal(ProtectiveContextKind.VictimSeekingHelp, context.Kind);
        Assert.Equal($"context.{language}.victim.threat_help", context.RuleId);
    }

    [Fact]
    public void A_threat_without_a_first_person_writer_or_a_plea_is_not_a_support_context()
    {
        Assert.False(Detector.IsProtective("The storm threatened the harbour."));
        Assert.False(Detector.IsProtective("Someone is threatening me."));
    }

    [Fact]
    public void A_request_for_help_far_from_the_threat_does_not_make_a_victims_question()
    {
        var filler = string.Concat(Enumerable.Repeat("The weather was fine and the train was on time. ", 10));
        Assert.False(Detector.IsProtective($"Someone is threatening me. {filler}What should I do about my garden?"));
        Assert.True(Detector.IsProtective($"{filler}Someone is threatening me. What should I do?"));
    }

    [Fact]
    public void A_relation_to_children_counts_only_with_a_protective_question()
    {
        Assert.False(Detector.IsProtective("My son plays football on Saturdays."));
        Assert.Equal(ProtectiveContextKind.ParentOrGuardian, Likely("How do I protect my son from scams online?").Kind);
    }

    [Fact]
    public void Accents_case_and_look_alike_letters_fold_like_the_rules()
    {
        Assert.Equal(ProtectiveContextKind.Educator, Likely("I'M A TEACHER").Kind);
        Assert.Equal(ProtectiveContextKind.Clinician, Likely("I'm a nurs\u0435").Kind);
    }

    [Fact]
    public void Text_hidden_in_base64_is_not_read_as_a_context()
    {
        var hidden = Convert.ToBase64String("I'm a teacher"u8.ToArray());
        Assert.False(Detector.IsProtective($"Please decode {hidden}"));
    }
}
