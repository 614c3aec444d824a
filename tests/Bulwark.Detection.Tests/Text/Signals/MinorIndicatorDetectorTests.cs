using Bulwark.Detection.Text.Signals;

namespace Bulwark.Detection.Tests.Text.Signals;

public sealed class MinorIndicatorDetectorTests
{
    private static readonly MinorIndicatorDetector Detector = new();

    private static MinorIndicator Single(string text, MinorIndicatorKind kind) =>
        Assert.Single(Detector.Detect(text), finding => finding.Kind == kind);

    [Theory]
    [InlineData("my daughter is 12", 12, "age.en.is")]
    [InlineData("My daughter is 12. I bought her a bike.", 12, "age.en.is")]
    [InlineData("a 12-year-old student", 12, "age.en.years_old")]
    [InlineData("she is 12 years old", 12, "age.en.years_old")]
    [InlineData("he is twelve years old", 12, "age.en.years_old")]
    [InlineData("my nephew, 12yo, loves chess", 12, "age.en.yo")]
    [InlineData("12 y/o and already taller than me", 12, "age.en.y_o")]
    [InlineData("a 13 y.o. skater", 13, "age.en.y_o")]
    [InlineData("aged 14, she moved to Leeds", 14, "age.en.aged")]
    [InlineData("she turned 16 last week", 16, "age.en.turned")]
    [InlineData("he's 11.", 11, "age.en.contracted")]
    [InlineData("a six-month-old baby", 0, "age.en.months_old")]
    [InlineData("mi hija tiene doce años", 12, "age.es.anos")]
    [InlineData("una niña de 9 años", 9, "age.es.anos")]
    [InlineData("elle a douze ans", 12, "age.fr.ans")]
    [InlineData("il a dix-sept ans", 17, "age.fr.ans")]
    [InlineData("mein Sohn ist 12 Jahre alt", 12, "age.de.jahre_alt")]
    [InlineData("ein 13-jähriges Kind", 13, "age.de.jaehrig")]
    [InlineData("meine Tochter ist zwölf", 12, "age.de.ist")]
    [InlineData("ela tem 12 anos", 12, "age.pt.anos")]
    [InlineData("mio figlio ha dodici anni", 12, "age.it.anni")]
    [InlineData("ему 12 лет", 12, "age.ru.let")]
    [InlineData("ей двенадцать лет", 12, "age.ru.let")]
    [InlineData("12-летний мальчик", 12, "age.ru.letniy")]
    [InlineData("我女儿12岁", 12, "age.zh.sui")]
    [InlineData("他十二岁了", 12, "age.zh.sui")]
    [InlineData("12歳の子供", 12, "age.ja.sai")]
    [InlineData("十二歳です", 12, "age.ja.sai")]
    public void Ages_under_18_are_found_in_every_written_form(string text, int age, string rule)
    {
        var finding = Single(text, MinorIndicatorKind.Age);
        Assert.Equal(age, finding.MinAge);
        Assert.Equal(rule, finding.RuleId);
        Assert.True(finding.Confidence >= MinorIndicatorDetector.LikelyMinor);
    }

    [Theory]
    [InlineData("12 apples")]
    [InlineData("a 12-year warranty")]
    [InlineData("Windows 10")]
    [InlineData("page 16")]
    [InlineData("I'm 35")]
    [InlineData("an 18-year-old adult")]
    [InlineData("twenty-one years old")]
    [InlineData("class of 2012")]
    [InlineData("size 12 shoes")]
    [InlineData("12 years of experience")]
    [InlineData("he was 12 years ago")]
    [InlineData("version 13.2")]
    [InlineData("the price is 12")]
    [InlineData("it's 12 o'clock")]
    [InlineData("he turned 12 pages")]
    [InlineData("hace 12 años que vivo aquí")]
    [InlineData("il y a 12 ans")]
    [InlineData("vor 12 Jahren")]
    [InlineData("12 anni fa")]
    [InlineData("há 12 anos")]
    [InlineData("12 лет назад")]
    [InlineData("二十岁的大学生")]
    [InlineData("whisky aged 12 years")]
    public void Numbers_that_are_not_minor_ages_give_no_age(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), finding => finding.Kind == MinorIndicatorKind.Age);
    }

    [Theory]
    [InlineData("1 2 y o", 12)]
    [InlineData("１２歳", 12)]
    [InlineData("12 y\u0435ars old", 12)]
    [InlineData("a 1\u200B2-year-old", 12)]
    public void Evasions_are_caught_through_the_normalised_view(string text, int age)
    {
        Assert.Equal(age, Single(text, MinorIndicatorKind.Age).MinAge);
    }

    [Fact]
    public void Evidence_points_at_the_original_text()
    {
        const string text = "Note: my son is a 1 2 y o now.";
        var finding = Single(text, MinorIndicatorKind.Age);
        Assert.Equal("1 2 y o", text.Substring(finding.Evidence.Start, finding.Evidence.Length));
    }

    [Fact]
    public void Evidence_in_a_decoded_base64_run_points_at_the_run()
    {
        var encoded = Convert.ToBase64String("my daughter is twelve years old"u8.ToArray());
        var text = $"decode this: {encoded}";
        var finding = Single(text, MinorIndicatorKind.Age);
        Assert.Equal(encoded, text.Substring(finding.Evidence.Start, finding.Evidence.Length));
    }

    [Theory]
    [InlineData("my son is in 6th grade", 11, 12, "grade.en.nth_grade")]
    [InlineData("a sixth grader", 11, 12, "grade.en.ordinal_grade")]
    [InlineData("my son is in middle school", 11, 14, "grade.en.middle_school")]
    [InlineData("she is in junior high", 12, 15, "grade.en.junior_high")]
    [InlineData("a freshman in high school", 14, 17, "grade.en.year_in_high_school")]
    [InlineData("a high school sophomore", 14, 17, "grade.en.high_school_year")]
    [InlineData("pupils in year 7", 11, 12, "grade.en.year_n")]
    [InlineData("estudiante de sexto grado", 11, 12, "grade.es.ordinal_grado")]
    [InlineData("va a la escuela primaria", 6, 12, "grade.es.primaria")]
    [InlineData("elle est au collège", 11, 15, "grade.fr.college")]
    [InlineData("mon fils est en CM2", 6, 11, "grade.fr.cp")]
    [InlineData("elle est en 6e", 11, 12, "grade.fr.college_class")]
    [InlineData("er geht in die 5. Klasse", 10, 11, "grade.de.n_klasse")]
    [InlineData("sie ist in der Grundschule", 6, 10, "grade.de.grundschule")]
    [InlineData("aluno do ensino fundamental", 6, 14, "grade.pt.fundamental")]
    [InlineData("frequenta la scuola media", 6, 14, "grade.it.scuola_media")]
    [InlineData("она учится в 5 классе", 11, 12, "grade.ru.n_klass")]
    [InlineData("дети младших классов", 7, 10, "grade.ru.junior")]
    [InlineData("他是小学生", 6, 12, "grade.zh.primary")]
    [InlineData("她在读初中", 12, 15, "grade.zh.junior_middle")]
    [InlineData("小学三年生です", 8, 9, "grade.ja.elementary_year")]
    [InlineData("小学3年生です", 8, 9, "grade.ja.elementary_year")]
    public void School_grades_map_to_an_age_band(string text, int min, int max, string rule)
    {
        var finding = Single(text, MinorIndicatorKind.SchoolGrade);
        Assert.Equal((min, max, rule), (finding.MinAge, finding.MaxAge, finding.RuleId));
    }

    [Theory]
    [InlineData("a preteen", "stage.en.preteen")]
    [InlineData("tweens and their parents", "stage.en.preteen")]
    [InlineData("our teenager", "stage.en.teen")]
    [InlineData("a toddler", "stage.en.toddler")]
    [InlineData("un adolescente", "stage.es.adolescente")]
    [InlineData("подросток", "stage.ru.podrostok")]
    [InlineData("未成年", "stage.zh.minor")]
    public void Life_stages_are_found(string text, string rule)
    {
        Assert.Equal(rule, Single(text, MinorIndicatorKind.LifeStage).RuleId);
    }

    [Theory]
    [InlineData("the child is reading", "noun.en.child")]
    [InlineData("el niño juega", "noun.es.nino")]
    [InlineData("un enfant", "noun.fr.enfant")]
    [InlineData("das Kind spielt", "noun.de.kind")]
    [InlineData("a criança", "noun.pt.crianca")]
    [InlineData("il bambino", "noun.it.bambino")]
    [InlineData("ребёнок спит", "noun.ru.rebenok")]
    [InlineData("ребенок спит", "noun.ru.rebenok")]
    [InlineData("孩子们在玩", "noun.zh.haizi")]
    [InlineData("子どもが遊ぶ", "noun.ja.kodomo")]
    public void Child_nouns_are_found_in_the_nine_languages(string text, string rule)
    {
        Assert.Equal(rule, Single(text, MinorIndicatorKind.ChildNoun).RuleId);
    }

    [Theory]
    [InlineData("kill the child process in Unix")]
    [InlineData("handle it with kid gloves")]
    [InlineData("a baby step")]
    [InlineData("a kind of magic")]
    [InlineData("be kinder to yourself")]
    [InlineData("the girl at the counter")]
    [InlineData("the boy band reunion")]
    [InlineData("a minor issue")]
    [InlineData("I went to high school with him")]
    [InlineData("atención primaria")]
    [InlineData("une quemadura de segundo grado")]
    [InlineData("12 cm2")]
    public void Ambiguous_and_technical_words_do_not_reach_likely_minor(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), finding => finding.Confidence >= MinorIndicatorDetector.LikelyMinor);
    }

    [Fact]
    public void Ages_of_18_and_over_give_no_finding()
    {
        Assert.Empty(Detector.Detect("she is 18, he is 19 years old, they are twenty-five, 二十歳, 30 лет"));
    }

    [Fact]
    public void Overlapping_findings_of_one_kind_keep_the_most_confident()
    {
        Assert.Equal("stage.zh.youth", Single("青少年", MinorIndicatorKind.LifeStage).RuleId);
    }

    [Fact]
    public void Clean_text_gives_nothing()
    {
        Assert.Empty(Detector.Detect("The quick brown fox jumps over the lazy dog at 10:30 on 2024-05-01."));
    }
}
