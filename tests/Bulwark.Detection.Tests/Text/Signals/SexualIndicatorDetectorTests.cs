using System.Text;
using Bulwark.Detection.Text.Signals;

namespace Bulwark.Detection.Tests.Text.Signals;

/// <summary>What <see cref="SexualIndicatorDetector"/> reports, one behaviour per test, in short non-graphic sentences.</summary>
public sealed class SexualIndicatorDetectorTests
{
    private static readonly SexualIndicatorDetector Detector = new();

    private static List<SexualIndicator> Likely(string text) =>
        [.. Detector.Detect(text).Where(finding => finding.Confidence >= SexualIndicatorDetector.Likely)];

    private static bool IsContent(SexualIndicator finding) =>
        finding.Kind is SexualIndicatorKind.Sexual or SexualIndicatorKind.Nudity or SexualIndicatorKind.Material or SexualIndicatorKind.AbuseMaterialCode;

    private static string Evidence(string text, SexualIndicator finding) => text.Substring(finding.Evidence.Start, finding.Evidence.Length);

    [Fact]
    public void A_sexual_word_is_likely_with_its_evidence_in_the_original_text()
    {
        const string text = "Please write a sexy story.";
        var finding = Assert.Single(Detector.Detect(text));
        Assert.Equal(SexualIndicatorKind.Sexual, finding.Kind);
        Assert.Equal("sexual.en.sexual", finding.RuleId);
        Assert.Equal("en", finding.Language);
        Assert.Equal("sexy", Evidence(text, finding));
        Assert.True(finding.Confidence >= SexualIndicatorDetector.Likely);
    }

    [Theory]
    [InlineData("write an erotic story", SexualIndicatorKind.Sexual)]
    [InlineData("a photo of a naked man", SexualIndicatorKind.Nudity)]
    [InlineData("send me nudes", SexualIndicatorKind.Material)]
    [InlineData("this channel is NSFW", SexualIndicatorKind.Material)]
    [InlineData("anyone got cp links", SexualIndicatorKind.AbuseMaterialCode)]
    [InlineData("pthc", SexualIndicatorKind.AbuseMaterialCode)]
    [InlineData("jailbait", SexualIndicatorKind.AbuseMaterialCode)]
    [InlineData("my girlfriend and I are dating", SexualIndicatorKind.Romantic)]
    [InlineData("a lesson on puberty and contraception", SexualIndicatorKind.HealthOrEducation)]
    public void Each_kind_is_recognised_in_english(string text, SexualIndicatorKind kind)
    {
        Assert.Contains(Likely(text), finding => finding.Kind == kind);
    }

    [Theory]
    [InlineData("una historia erótica", "es", SexualIndicatorKind.Sexual)]
    [InlineData("estaba desnuda", "es", SexualIndicatorKind.Nudity)]
    [InlineData("educación sexual", "es", SexualIndicatorKind.HealthOrEducation)]
    [InlineData("une histoire érotique", "fr", SexualIndicatorKind.Sexual)]
    [InlineData("elle était toute nue", "fr", SexualIndicatorKind.Nudity)]
    [InlineData("la pédopornographie", "fr", SexualIndicatorKind.AbuseMaterialCode)]
    [InlineData("eine erotische Geschichte", "de", SexualIndicatorKind.Sexual)]
    [InlineData("Nacktbilder", "de", SexualIndicatorKind.Material)]
    [InlineData("Sexualkunde", "de", SexualIndicatorKind.HealthOrEducation)]
    [InlineData("estou com tesão", "pt", SexualIndicatorKind.Sexual)]
    [InlineData("ela estava sem roupa", "pt", SexualIndicatorKind.Nudity)]
    [InlineData("educação sexual", "pt", SexualIndicatorKind.HealthOrEducation)]
    [InlineData("sono arrapato", "it", SexualIndicatorKind.Sexual)]
    [InlineData("senza vestiti", "it", SexualIndicatorKind.Nudity)]
    [InlineData("educazione sessuale", "it", SexualIndicatorKind.HealthOrEducation)]
    [InlineData("эротический рассказ", "ru", SexualIndicatorKind.Sexual)]
    [InlineData("она была голая", "ru", SexualIndicatorKind.Nudity)]
    [InlineData("половое воспитание", "ru", SexualIndicatorKind.HealthOrEducation)]
    [InlineData("色情故事", "zh", SexualIndicatorKind.Sexual)]
    [InlineData("有没有黄片", "zh", SexualIndicatorKind.Material)]
    [InlineData("性教育课程", "zh", SexualIndicatorKind.HealthOrEducation)]
    [InlineData("エロい話", "ja", SexualIndicatorKind.Sexual)]
    [InlineData("ヌード写真", "ja", SexualIndicatorKind.Material)]
    [InlineData("思春期", "ja", SexualIndicatorKind.HealthOrEducation)]
    public void Each_language_has_its_own_rules(string text, string language, SexualIndicatorKind kind)
    {
        Assert.Contains(Likely(text), finding => finding.Kind == kind && finding.Language == language);
    }

    [Theory]
    [InlineData("Our sexual health clinic is open on Monday")]
    [InlineData("A sex education class for year 9")]
    [InlineData("clase de educación sexual")]
    [InlineData("sexuelle Gesundheit und Verhütung")]
    [InlineData("сексуальное просвещение")]
    [InlineData("性的同意について学ぶ")]
    [InlineData("性感染症の予防")]
    public void A_sexual_word_inside_a_health_or_education_phrase_is_health_not_sexual(string text)
    {
        var findings = Likely(text);
        Assert.Contains(findings, finding => finding.Kind == SexualIndicatorKind.HealthOrEducation);
        Assert.DoesNotContain(findings, IsContent);
    }

    [Fact]
    public void Abuse_prevention_is_education_and_not_a_request_for_sexual_content()
    {
        var findings = Likely("Our school runs a sexual abuse prevention programme");
        var finding = Assert.Single(findings);
        Assert.Equal(SexualIndicatorKind.HealthOrEducation, finding.Kind);
        Assert.Equal("sexual.en.prevention", finding.RuleId);
    }

    [Theory]
    [InlineData("The former coach was convicted of sexual assault")]
    [InlineData("El acusado fue condenado por abuso sexual")]
    [InlineData("Le procès pour harcèlement sexuel s'ouvre lundi")]
    [InlineData("Sexual orientation is protected by law")]
    public void An_abuse_or_identity_topic_is_a_topic_below_likely_not_sexual_content(string text)
    {
        var findings = Detector.Detect(text);
        var topic = Assert.Single(findings);
        Assert.Equal(SexualIndicatorKind.HealthOrEducation, topic.Kind);
        Assert.EndsWith(".topic", topic.RuleId, StringComparison.Ordinal);
        Assert.True(topic.Confidence < SexualIndicatorDetector.Likely);
    }

    [Theory]
    [InlineData("Sex: male. Age: 34.")]
    [InlineData("Sex : female")]
    [InlineData("Sexo: femenino")]
    [InlineData("Sexe : masculin")]
    [InlineData("Table 2 shows the sex and age of respondents")]
    [InlineData("the sex ratio at birth")]
    [InlineData("same-sex couples")]
    [InlineData("the opposite sex")]
    [InlineData("sexo masculino")]
    [InlineData("sesso femminile")]
    public void Sex_meaning_gender_on_forms_and_in_statistics_is_not_sexual(string text)
    {
        Assert.DoesNotContain(Likely(text), IsContent);
    }

    [Theory]
    [InlineData("The comet is visible to the naked eye")]
    [InlineData("I love this nude lipstick shade")]
    [InlineData("nude colour heels")]
    [InlineData("the naked truth")]
    [InlineData("He walked on bare feet")]
    [InlineData("il marchait pieds nus")]
    [InlineData("mettre à nu les failles")]
    [InlineData("a verdade nua e crua")]
    [InlineData("visibile a occhio nudo")]
    [InlineData("die nackten Zahlen")]
    [InlineData("голая правда")]
    [InlineData("用裸眼就能看到")]
    [InlineData("裸足で歩く")]
    [InlineData("ヌードルが好き")]
    public void Naked_eye_nude_colours_and_bare_things_are_not_nudity(string text)
    {
        Assert.DoesNotContain(Likely(text), IsContent);
    }

    [Theory]
    [InlineData("run cp -r src dst to copy the folder")]
    [InlineData("cp videos/ /mnt/backup")]
    [InlineData("cp pics/*.jpg out")]
    [InlineData("The Cp of water is higher than that of iron")]
    [InlineData("Use copy-paste (cp) to duplicate the file")]
    [InlineData("how do I buy cp for codm")]
    [InlineData("CP")]
    public void Cp_is_a_code_word_only_in_offender_phrases(string text)
    {
        Assert.DoesNotContain(Likely(text), finding => finding.Kind == SexualIndicatorKind.AbuseMaterialCode);
    }

    [Theory]
    [InlineData("She loves loli fashion")]
    [InlineData("loli")]
    [InlineData("CSAM")]
    [InlineData("Moderators review CSAM reports daily")]
    [InlineData("загрузка ЦП процессора")]
    [InlineData("萝莉")]
    [InlineData("ロリータファッション")]
    public void Ambiguous_code_words_stay_below_likely(string text)
    {
        Assert.All(Detector.Detect(text), finding => Assert.True(finding.Confidence < SexualIndicatorDetector.Likely, finding.RuleId));
    }

    [Theory]
    [InlineData("Give me explicit instructions for the installer")]
    [InlineData("This curry is too spicy")]
    [InlineData("It's hot outside")]
    [InlineData("el café está caliente")]
    [InlineData("Das Konzert war echt geil")]
    [InlineData("黄色的花")]
    [InlineData("Die Aufklärung des Falls dauerte Monate")]
    [InlineData("Pick a date for the meeting")]
    public void Words_with_an_everyday_second_sense_stay_below_likely(string text)
    {
        Assert.All(Detector.Detect(text), finding => Assert.True(finding.Confidence < SexualIndicatorDetector.Likely, finding.RuleId));
    }

    [Theory]
    [InlineData("セロリとカロリー")]
    [InlineData("イエローカード")]
    [InlineData("アップデートしました")]
    [InlineData("エッチングの技法")]
    [InlineData("ポルトガル旅行")]
    [InlineData("男性的な魅力")]
    [InlineData("个性爱好")]
    [InlineData("这就叫做爱情")]
    [InlineData("女性感染率")]
    [InlineData("до свидания")]
    [InlineData("он забил два гола, голы были красивые")]
    [InlineData("пошли гулять")]
    [InlineData("vamos jogar uma pelada")]
    [InlineData("std::vector<int> values")]
    [InlineData("Super Bowl XXX")]
    [InlineData("the x axis")]
    public void Words_inside_other_words_and_code_are_not_indicators(string text)
    {
        Assert.Empty(Likely(text));
    }

    [Fact]
    public void Xxx_counts_only_when_written_out()
    {
        Assert.Contains(Likely("xxx videos"), finding => finding.Kind == SexualIndicatorKind.Material);
        Assert.Empty(Detector.Detect("x videos"));
    }

    [Theory]
    [InlineData("write a s3xy scene", "s3xy")]
    [InlineData("write a s\u0435xy scene", "s\u0435xy")]
    [InlineData("send nu\u200Bdes", "nu\u200Bdes")]
    [InlineData("any h-e-n-t-a-i?", "h-e-n-t-a-i")]
    [InlineData("SEND NUDES", "NUDES")]
    public void Evidence_points_at_the_original_text_through_leetspeak_homoglyphs_and_invisibles(string text, string evidence)
    {
        var finding = Assert.Single(Likely(text), IsContent);
        Assert.Equal(evidence, Evidence(text, finding));
    }

    [Fact]
    public void Text_hidden_in_base64_is_found_and_points_at_the_encoded_run()
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes("send me nudes please"));
        var text = $"decode this: {encoded}";
        var finding = Assert.Single(Likely(text));
        Assert.Equal(SexualIndicatorKind.Material, finding.Kind);
        Assert.Equal(encoded, Evidence(text, finding));
    }

    [Fact]
    public void Findings_are_in_order_and_overlapping_findings_of_one_kind_are_merged_into_the_most_confident()
    {
        const string text = "全裸 and then nude pics";
        var findings = Detector.Detect(text);
        Assert.Equal(findings.OrderBy(finding => finding.Evidence.Start), findings);
        var nudity = findings.Where(finding => finding.Kind == SexualIndicatorKind.Nudity).ToList();
        Assert.Equal(2, nudity.Count);
        Assert.Equal("全裸", Evidence(text, nudity[0]));
        Assert.Equal(0.75, nudity[0].Confidence);
        Assert.Contains(findings, finding => finding.Kind == SexualIndicatorKind.Material && Evidence(text, finding) == "nude pics");
    }

    [Fact]
    public void Romance_is_context_scored_just_above_likely()
    {
        var finding = Assert.Single(Detector.Detect("my boyfriend"));
        Assert.Equal(SexualIndicatorKind.Romantic, finding.Kind);
        Assert.InRange(finding.Confidence, 0.5, 0.6);
    }

    [Fact]
    public void Plain_text_has_no_findings()
    {
        Assert.Empty(Detector.Detect("The quick brown fox jumps over the lazy dog at 10:30."));
        Assert.Empty(Detector.Detect(string.Empty));
    }
}
