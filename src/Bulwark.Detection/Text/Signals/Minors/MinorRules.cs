using static Bulwark.Detection.Text.Signals.MinorIndicatorKind;

namespace Bulwark.Detection.Text.Signals.Minors;

/// <summary>
/// The rules and word lists of <see cref="MinorIndicatorDetector"/>, as data. Words are written as people type them;
/// <see cref="MinorLexicon"/> folds them like the input. The choices behind the lists are in README.md.
/// </summary>
internal static class MinorRules
{
    // The "for N years", "N years ago" and "lasts N years" words that make "N años" a duration rather than an age, per language.
    private const string EsDuration = "dura|duró|durará|hace|durante|desde|por|cada|en|tras|hasta|últimos|próximos|más|menos|unos|casi";
    private const string FrDuration = "dure|duré|durera|durait|depuis|pendant|dans|en|tous|chaque|derniers|prochaines|après|plus|moins|y a|voilà|environ|pour";
    private const string PtDuration = "dura|durou|durará|há|durante|desde|por|em|cada|após|últimos|próximos|mais|menos|quase|faz";
    private const string ItDuration = "dura|durato|durerà|da|per|fra|tra|ogni|ultimi|prossimi|dopo|in|più|meno|circa|quasi";
    private const string RuDuration = "длится|длился|длилась|продлится|через|за|последние|течение|спустя|более|менее|больше|меньше|каждые|на|около";

    /// <summary>Words after "N years" that make it a duration or a span of time, not an age.</summary>
    private const string AfterDuration =
        "ago|later|earlier|of|de|d|di|do|da|des|atrás|después|antes|seguidos|luz|plus|après|avant|auparavant|durant|" +
        "depois|fa|prima|luce|назад|спустя|опыта|стажа|работы|гарантии|подряд|тому";

    /// <summary>Nouns a number+"-jährig"/"-летний" compound describes when it is a duration or anniversary.</summary>
    private const string CompoundDurationNouns =
        "jubiläum|bestehen|erfahrung|garantie|laufzeit|zusammenarbeit|geschichte|tradition|amtszeit|ehe|partnerschaft|" +
        "mitgliedschaft|firmenjubiläum|dienstjubiläum|betriebszugehörigkeit|pause|опыт|стаж|юбилей|юбилея|гарантия|" +
        "срок|срока|период|перерыв|контракт|история|историю|опыта|стажа";

    /// <summary>Words before "CM2" that make it a class, not square centimetres.</summary>
    private const string FrClassBefore = "en|de|du|au|le|la|élève|élèves|classe|classes|sa|son|ma|mon";

    private const string TechnicalChild =
        "process|processes|node|nodes|element|elements|class|classes|theme|themes|table|tables|window|windows|" +
        "component|components|object|objects|record|records|directory|directories|pid|thread|threads|task|tasks|" +
        "entity|entities|item|items|view|views|widget|widgets|row|rows|key|keys|selector|combinator|account|accounts|" +
        "company|companies|issue|issues|ticket|tickets|span|category|categories|folder|folders";

    public static readonly MinorRuleSpec[] All =
    [
        // ---- Ages: English ----
        new("age.en.years_old", "en", Age, "# year|years|yr|yrs old|olds", 0.95),
        new("age.en.months_old", "en", Age, "# month|months|mo|mos old", 0.95) { SlotBand = (0, 0, 1), SlotRange = (1, 24) },
        new("age.en.yo", "en", Age, "# yo|yro|yrsold|yearold", 0.9),
        new("age.en.y_o", "en", Age, "# y o", 0.9),
        new("age.en.aged", "en", Age, "aged|age # ", 0.85) { NextVeto = "months|month|weeks|week|days|day|years|year|hours|minutes|percent|barrels|casks", PrevVeto = "stone|bronze|iron|ice|golden|middle|space|new|information|digital" },
        new("age.en.turned", "en", Age, "turned|turns|turning # ", 0.85) { BareEnd = true },
        new("age.en.is", "en", Age, "is|was|am|are|were # ", 0.85) { PersonWindow = 3, BareEnd = true },
        new("age.en.contracted", "en", Age, "s|m|re # ", 0.85) { PersonWindow = 1, BareEnd = true },
        new("age.en.chat_contracted", "en", Age, "shes|hes|im|youre|ur # ", 0.85) { BareEnd = true },

        // ---- Ages: Spanish, French, Portuguese, Italian ----
        new("age.es.anos", "es", Age, "# años|año", 0.8)
        {
            PrevVeto = EsDuration, NextVeto = AfterDuration,
            PrevStrong = "tengo|tiene|tienes|tenía|tenemos|tienen|cumplió|cumple|cumplir|cumplirá|los|edad|con", PrevWeak = "de",
        },
        new("age.fr.ans", "fr", Age, "# ans|an", 0.8)
        {
            PrevVeto = FrDuration, NextVeto = AfterDuration,
            PrevStrong = "a|as|ai|avait|avais|ont|aura|ses|mes|tes|fête|fêté|âgé|âgée|âgés", PrevWeak = "de",
        },
        new("age.pt.anos", "pt", Age, "# anos|ano", 0.8)
        {
            PrevVeto = PtDuration, NextVeto = AfterDuration,
            PrevStrong = "tem|tenho|tinha|tens|têm|completou|completa|completar|fez|fará|aos|com|idade", PrevWeak = "de",
        },
        new("age.it.anni", "it", Age, "# anni|anno", 0.8)
        {
            PrevVeto = ItDuration, NextVeto = AfterDuration,
            PrevStrong = "ha|ho|hai|abbiamo|aveva|avevo|compiuto|compie|compiuti|compirà|a|età", PrevWeak = "di",
        },

        // A person word then "of" and a number: "una chica de 14", "a girl of 13", "une gamine de 12", "garota de 15".
        new("age.es.persona_de", "es", Age, "chica|chico|chicas|chicos|niña|niño|niñas|niños|nena|nene|chava|chavo|morra|morro|chiquilla|jovencita|jovencitas|colegiala|prima|primo|sobrina|vecina|hermana|hija de #", 0.85) { NextVeto = UnitsAfterNumber },
        new("age.pt.pessoa_de", "pt", Age, "garota|garoto|garotas|menina|menino|meninas|novinha|novinho|novinhas|moleca|mina|minas de #", 0.85) { NextVeto = UnitsAfterNumber },
        new("age.it.persona_di", "it", Age, "ragazza|ragazzo|ragazze|ragazzina|ragazzino|ragazzine|bambina|bambino|bambine di #", 0.85) { NextVeto = UnitsAfterNumber },
        new("age.fr.personne_de", "fr", Age, "fille|filles|garçon|garçons|gamine|gamines|gamin|fillette|fillettes|petite de #", 0.85) { NextVeto = UnitsAfterNumber },
        new("age.en.person_of", "en", Age, "girl|boy|girls|boys|kid|kids|child of #", 0.85) { NextVeto = UnitsAfterNumber },
        new("age.es.tiene", "es", Age, "tengo|tienes|tiene|tenía|tenia # ", 0.8) { BareEnd = true },
        new("age.pt.tem", "pt", Age, "tenho|tem|tens|tinha # ", 0.8) { BareEnd = true },

        // ---- Ages: German ----
        new("age.de.ist", "de", Age, "ist|bin|bist|war|wird # ", 0.85) { PersonWindow = 3, BareEnd = true },
        new("age.de.jahre_alt", "de", Age, "# jahre|jahr alt", 0.95),
        new("age.de.jaehrig", "de", Age, "# jährig*", 0.9) { NextVeto = CompoundDurationNouns },
        new("age.de.j", "de", Age, "# j|jr", 0.85) { BareEnd = true },
        new("age.de.jahrig", "de", Age, "# jahrig*|jaehrig*", 0.85) { NextVeto = CompoundDurationNouns },
        new("age.ru.letniy", "ru", Age, "# летн*", 0.9),
        new("age.de.jahre", "de", Age, "# jahre|jahren", 0) { PrevStrong = "ist|bin|bist|sind|wird|werde|wurde|mit|alter von", StrongConfidence = 0.85 },
        new("age.de.ist", "de", Age, "ist|bin|war|wird # ", 0.85) { PersonWindow = 3, BareEnd = true },

        // ---- Ages: Russian ----
        new("age.ru.let", "ru", Age, "# лет|года|год", 0.6)
        {
            PrevVeto = RuDuration, NextVeto = AfterDuration,
            PrevStrong = "ему|ей|мне|тебе|вам|им|сыну|дочери|дочке|ребёнку|ребенку|внуку|внучке|исполнилось|исполнится|в|возрасте",
        },
        new("age.ru.letniy", "ru", Age, "# летн*", 0.9) { NextVeto = CompoundDurationNouns },

        // ---- Ages: Chinese and Japanese ----
        new("age.zh.sui", "zh", Age, "# 岁|歲", 0.95),
        new("age.zh.zhousui", "zh", Age, "# 周 岁|歲", 0.95),
        new("age.ja.sai", "ja", Age, "# 歳", 0.95),
        new("age.ja.sai_short", "ja", Age, "# 才", 0.8),

        // ---- School grades: English ----
        new("grade.en.nth_grade", "en", SchoolGrade, "# th|st|nd|rd grade|grader|graders", 0.85) { SlotBand = (1, 5, 6), SlotRange = (1, 12) },
        new("grade.en.ordinal_grade", "en", SchoolGrade, "% grade|grader|graders", 0.8) { SlotBand = (1, 5, 6), SlotRange = (1, 12) },
        new("grade.en.grade_n", "en", SchoolGrade, "grade # ", 0.7) { SlotBand = (1, 5, 6), SlotRange = (1, 12), PrevVeto = "a|passing|top|final|average|steel" },
        new("grade.en.year_n", "en", SchoolGrade, "year # ", 0.7) { SlotBand = (1, 4, 5), SlotRange = (1, 13), PrevVeto = "the|fiscal|financial|model|calendar|leap|light|tax|academic|this|next|last", NextVeto = "of" },
        new("grade.en.middle_school", "en", SchoolGrade, "middle school|schooler|schoolers", 0.85) { Band = (11, 14) },
        new("grade.en.junior_high", "en", SchoolGrade, "junior high", 0.85) { Band = (12, 15) },
        new("grade.en.elementary", "en", SchoolGrade, "elementary|primary|grade school|schooler|schoolers", 0.85) { Band = (5, 11) },
        new("grade.en.kindergarten", "en", SchoolGrade, "kindergarten|kindergartner|kindergartener|preschool|preschooler|preschoolers", 0.85) { Band = (3, 6) },
        new("grade.en.high_school", "en", SchoolGrade, "high school", 0.45) { Band = (14, 18) },
        new("grade.en.high_schooler", "en", SchoolGrade, "high schooler|schoolers|student|students|kid|kids|girl|boy|girls|boys", 0.8) { Band = (14, 18) },
        new("grade.en.high_school_year", "en", SchoolGrade, "high school freshman|sophomore|junior|freshmen|sophomores|juniors", 0.85) { Band = (14, 17) },
        new("grade.en.year_in_high_school", "en", SchoolGrade, "freshman|sophomore|junior|freshmen|sophomores|juniors in high school", 0.85) { Band = (14, 17) },
        new("grade.en.schoolchild", "en", SchoolGrade, "schoolchild|schoolchildren|schoolgirl|schoolboy|schoolgirls|schoolboys|schoolkid|schoolkids", 0.8) { Band = (5, 17) },

        // ---- School grades: Spanish ----
        new("grade.es.primaria", "es", SchoolGrade, "primaria", 0.75) { Band = (6, 12), PrevVeto = "atención|asistencia|fuente|clave|energía|función|elección|elecciones|materia|cuenta|base|cuidados|salud|sanidad" },
        new("grade.es.secundaria", "es", SchoolGrade, "secundaria", 0.75) { Band = (12, 16), PrevVeto = "función|fuente|ruta|vía|carretera|calle|memoria|cuenta|actividad|lengua|opción|pantalla|tarea|importancia|cuestión|vivienda|residencia|salud" },
        new("grade.es.ordinal_grado", "es", SchoolGrade, "% grado|básico", 0.8) { SlotBand = (1, 5, 6), SlotRange = (1, 9), PrevVeto = "quemadura de|quemaduras de|ecuación de|ecuaciones de|primo de|primos de|polinomio de|homicidio en|asesinato en" },
        new("grade.es.nth_grado", "es", SchoolGrade, "# o|a|er|ro|to|vo|mo|no grado|curso", 0.85) { SlotBand = (1, 5, 6), SlotRange = (1, 9) },
        new("grade.es.preescolar", "es", SchoolGrade, "preescolar|kínder|parvulario|guardería", 0.8) { Band = (3, 6) },

        // ---- School grades: French ----
        new("grade.fr.college", "fr", SchoolGrade, "collège", 0.75) { Band = (11, 15), NextVeto = "électoral|des|de france|sacré|universitaire" },
        new("grade.fr.collegien", "fr", SchoolGrade, "collégien|collégienne|collégiens|collégiennes", 0.85) { Band = (11, 15) },
        new("grade.fr.lycee", "fr", SchoolGrade, "lycéen|lycéenne|lycéens|lycéennes", 0.75) { Band = (15, 18) },
        new("grade.fr.primaire", "fr", SchoolGrade, "école|en|classe primaire|maternelle", 0.85) { Band = (3, 11) },
        // CE2 and CM2 fold to two tokens ("ce" "2"; a 1 after a letter is leetspeak for i), so they are rules of their own.
        new("grade.fr.cp", "fr", SchoolGrade, "cp|ce1|cm1", 0.8) { Band = (6, 11), PrevRequired = FrClassBefore },
        new("grade.fr.cp", "fr", SchoolGrade, "ce2", 0.8) { Band = (6, 11), PrevRequired = FrClassBefore },
        new("grade.fr.cp", "fr", SchoolGrade, "cm2", 0.8) { Band = (6, 11), PrevRequired = FrClassBefore },
        new("grade.fr.college_class", "fr", SchoolGrade, "en # e|eme|ème|ieme|ième", 0.8) { SlotBand = (-1, 17, 18), SlotRange = (3, 6) },
        new("grade.fr.college_class_word", "fr", SchoolGrade, "en sixième|cinquième|quatrième|troisième|sixieme|cinquieme|quatrieme|troisieme", 0.8) { Band = (11, 15) },

        // ---- School grades: German ----
        new("grade.de.grundschule", "de", SchoolGrade, "grundschule|grundschüler|grundschülerin|grundschülern|volksschule|volksschüler", 0.85) { Band = (6, 10) },
        new("grade.de.n_klasse", "de", SchoolGrade, "# klasse|klässler|klässlerin|klässlern", 0.75) { SlotBand = (1, 5, 6), SlotRange = (1, 13) },
        new("grade.de.ordinal_klasse", "de", SchoolGrade, "% klasse", 0.7) { SlotBand = (1, 5, 6), SlotRange = (2, 13) },
        new("grade.de.klasse_n", "de", SchoolGrade, "klasse # ", 0.7) { SlotBand = (1, 5, 6), SlotRange = (1, 13) },
        new("grade.de.secondary", "de", SchoolGrade, "hauptschule|realschule|hauptschüler|realschüler|unterstufe", 0.75) { Band = (10, 16) },

        // ---- School grades: Portuguese ----
        new("grade.pt.fundamental", "pt", SchoolGrade, "ensino fundamental", 0.85) { Band = (6, 14) },
        new("grade.pt.medio", "pt", SchoolGrade, "ensino médio", 0.75) { Band = (15, 17) },
        new("grade.pt.nth_ano", "pt", SchoolGrade, "# o|a ano|série", 0.8) { SlotBand = (1, 5, 6), SlotRange = (1, 9), NextVeto = "de|da|das|dos|do curso|da faculdade" },
        new("grade.pt.ordinal_ano", "pt", SchoolGrade, "% ano|série", 0.65) { SlotBand = (1, 5, 6), SlotRange = (1, 9), NextVeto = "de|da|das|dos|do curso|da faculdade|de casamento|consecutivo" },
        new("grade.pt.infantil", "pt", SchoolGrade, "educação|escola infantil|primária", 0.8) { Band = (3, 10) },
        new("grade.pt.jardim", "pt", SchoolGrade, "jardim de infância", 0.85) { Band = (3, 6) },

        // ---- School grades: Italian ----
        new("grade.it.scuola_media", "it", SchoolGrade, "scuola|scuole media|medie|elementare|elementari|primaria", 0.85) { Band = (6, 14) },
        new("grade.it.alle_medie", "it", SchoolGrade, "alle medie|elementari", 0.75) { Band = (6, 14) },
        new("grade.it.ordinal_media", "it", SchoolGrade, "% media", 0.8) { SlotBand = (1, 10, 11), SlotRange = (1, 3) },
        new("grade.it.ordinal_elementare", "it", SchoolGrade, "% elementare", 0.8) { SlotBand = (1, 5, 6), SlotRange = (1, 5) },
        new("grade.it.asilo", "it", SchoolGrade, "asilo nido", 0.8) { Band = (0, 3) },
        new("grade.it.infanzia", "it", SchoolGrade, "scuola dell infanzia", 0.85) { Band = (3, 6) },

        // ---- School grades: Russian ----
        new("grade.ru.n_klass", "ru", SchoolGrade, "# класс|классе|классник|классница", 0.8) { SlotBand = (1, 6, 7), SlotRange = (1, 11) },
        new("grade.ru.n_th_klass", "ru", SchoolGrade, "# й|го|м|ом|ый класс|классе|класса", 0.85) { SlotBand = (1, 6, 7), SlotRange = (1, 11) },
        new("grade.ru.ordinal_klass", "ru", SchoolGrade, "% класс|классе|класса", 0.8) { SlotBand = (1, 6, 7), SlotRange = (1, 11) },
        new("grade.ru.junior", "ru", SchoolGrade, "младшие|младших|младшей|начальная|начальной|начальную|начальных классы|классах|классов|школа|школе|школы|школу", 0.85) { Band = (7, 10) },
        new("grade.ru.first_grader", "ru", SchoolGrade, "первоклассник|первоклассница|первоклассники|первоклашка", 0.9) { Band = (6, 8) },
        new("grade.ru.senior", "ru", SchoolGrade, "старшеклассник|старшеклассница|старшеклассники|старшеклассников", 0.85) { Band = (14, 17) },
        new("grade.ru.schoolchild", "ru", SchoolGrade, "школьник|школьница|школьника|школьницы|школьники|школьников|школьнику|школьнице", 0.8) { Band = (7, 17) },

        // ---- School grades: Chinese and Japanese ----
        new("grade.zh.primary", "zh", SchoolGrade, "小学", 0.85) { Band = (6, 12) },
        new("grade.zh.junior_middle", "zh", SchoolGrade, "初中", 0.85) { Band = (12, 15) },
        new("grade.zh.middle", "zh", SchoolGrade, "中学", 0.75) { Band = (12, 18) },
        new("grade.zh.senior_middle", "zh", SchoolGrade, "高中", 0.75) { Band = (15, 18) },
        new("grade.zh.kindergarten", "zh", SchoolGrade, "幼儿园", 0.9) { Band = (3, 6) },
        new("grade.zh.nianji", "zh", SchoolGrade, "# 年 级", 0.8) { SlotBand = (1, 5, 6), SlotRange = (1, 12), PrevVeto = "大 学|研|博" },
        new("grade.ja.elementary_year", "ja", SchoolGrade, "小 学 # 年 生", 0.9) { SlotBand = (1, 5, 6), SlotRange = (1, 6) },
        new("grade.ja.middle_year", "ja", SchoolGrade, "中 学 # 年 生", 0.9) { SlotBand = (1, 11, 12), SlotRange = (1, 3) },
        new("grade.ja.high_school", "ja", SchoolGrade, "高校", 0.6) { Band = (15, 18) },
        new("grade.ja.elementary_short", "ja", SchoolGrade, "小 #", 0.75) { SlotBand = (1, 5, 6), SlotRange = (1, 6) },
        new("grade.ja.middle_short", "ja", SchoolGrade, "中 #", 0.7) { SlotBand = (1, 11, 12), SlotRange = (1, 3) },
        new("grade.ja.high_school_student", "ja", SchoolGrade, "高校生", 0.85) { Band = (15, 18) },
        new("grade.ja.nursery", "ja", SchoolGrade, "保育園|幼稚園", 0.85) { Band = (2, 6) },

        // ---- Life stages ----
        new("stage.en.preteen", "en", LifeStage, "preteen|preteens|pre-teen|pre-teens|tween|tweens|tweenager|tweenagers", 0.9) { Band = (9, 12) },
        new("stage.en.teen", "en", LifeStage, "teen|teens|teenager|teenagers|teenaged|teenage", 0.8) { Band = (13, 19), NextVeto = "years|spirit|vogue|wolf|titans" },
        new("stage.en.adolescent", "en", LifeStage, "adolescent|adolescents", 0.75) { Band = (12, 18) },
        new("stage.en.toddler", "en", LifeStage, "toddler|toddlers|infant|infants|newborn|newborns", 0.85) { Band = (0, 3) },
        new("stage.en.baby", "en", LifeStage, "baby|babies", 0.4) { Band = (0, 2), NextVeto = "step|steps|shower|showers|boomer|boomers|boom|oil|carrot|carrots|spinach|back|blue|bump|face|doll|powder|talk" },
        new("stage.en.minor", "en", LifeStage, "minor", 0.75) { Band = (0, 17), BareEnd = true },
        // The plural is people far more often than the singular is ("sex with minors", "minors' accounts").
        new("stage.en.minors", "en", LifeStage, "minors", 0.8) { Band = (0, 17), NextVeto = "league|leagues" },
        new("stage.es.adolescente", "es", LifeStage, "adolescente|adolescentes|preadolescente|preadolescentes|preadolescencia", 0.8) { Band = (12, 17) },
        new("stage.es.menor_de_edad", "es", LifeStage, "menor|menores de edad|idade", 0.95) { Band = (0, 17) },
        new("stage.es.bebe", "es", LifeStage, "bebé|bebés|bebê|bebês|bebe", 0.4) { Band = (0, 2) },
        new("stage.fr.ado", "fr", LifeStage, "ado|ados|adolescent|adolescente|adolescents|préado|préados|préadolescent|préadolescente", 0.8) { Band = (11, 17) },
        new("stage.fr.mineur", "fr", LifeStage, "mineure|mineures", 0.6) { Band = (0, 17) },
        new("stage.fr.mineur_ambiguous", "fr", LifeStage, "mineur|mineurs", 0.45) { Band = (0, 17) },
        new("stage.de.jugendlich", "de", LifeStage, "jugendliche|jugendlicher|jugendlichen|teenagerin|kleinkind|kleinkinder|kleinkindern|säugling|säuglinge", 0.8) { Band = (0, 17) },
        new("stage.de.minderjaehrig", "de", LifeStage, "minderjährig|minderjährige|minderjähriger|minderjährigen|minderjähriges", 0.95) { Band = (0, 17) },
        new("stage.it.adolescente", "it", LifeStage, "adolescenti|preadolescente|preadolescenti|neonato|neonata|neonati", 0.8) { Band = (0, 17) },
        new("stage.it.minorenne", "it", LifeStage, "minorenne|minorenni", 0.95) { Band = (0, 17) },
        new("stage.ru.podrostok", "ru", LifeStage, "подросток|подростка|подростку|подростки|подростков|подросткам|младенец|младенца|малыш|малыша|малыши", 0.8) { Band = (0, 17) },
        new("stage.ru.nesovershennoletniy", "ru", LifeStage, "несовершеннолетний|несовершеннолетняя|несовершеннолетнего|несовершеннолетней|несовершеннолетние|несовершеннолетних|несовершеннолетним|несовершеннолетними|несовершеннолетнюю", 0.95) { Band = (0, 17) },
        new("stage.zh.minor", "zh", LifeStage, "未成年", 0.9) { Band = (0, 17) },
        new("stage.zh.youth", "zh", LifeStage, "青少年", 0.8) { Band = (12, 18) },
        new("stage.zh.infant", "zh", LifeStage, "幼儿|幼兒|婴儿|嬰兒", 0.75) { Band = (0, 3) },
        new("stage.ja.infant", "ja", LifeStage, "幼児|乳児|赤ちゃん", 0.75) { Band = (0, 5) },
        new("stage.zh.shaonian", "zh", LifeStage, "少年|少女", 0.6) { Band = (10, 17) },

        // Words for minors used where minors are sexualised or traded: plain in everyday speech ("underage drinking")
        // but never adult, so they are indicators like any other; the classifier decides what the text does with them.
        new("stage.en.sophomore", "en", LifeStage, "sophomore|sophomores", 0.6) { Band = (14, 16) },
        new("stage.en.middle_schooler", "en", LifeStage, "middle|junior schooler|schoolers", 0.85) { Band = (11, 14) },
        new("stage.en.underage", "en", LifeStage, "underage|under-age|underaged|jailbait|jail-bait", 0.85) { Band = (0, 17) },
        new("stage.en.loli", "en", LifeStage, "loli|lolis|shota|shotas|lolicon|shotacon", 0.6) { Band = (0, 17), NextVeto = "fashion|dress|dresses|style|coord|coords" },
        new("stage.es.menores", "es", LifeStage, "menores|jovencita|jovencitas|colegiala|colegialas|chiquilla|chiquillas", 0.75) { Band = (0, 17) },
        new("stage.fr.collegienne", "fr", LifeStage, "collégienne|collégiennes|écolière|écolières|lycéenne|lycéennes", 0.75) { Band = (11, 17) },
        new("stage.de.schulmaedchen", "de", LifeStage, "schulmädchen|schülerinnen|teenie|teenies", 0.75) { Band = (6, 17) },
        new("grade.de.grundschule", "de", SchoolGrade, "grundschulalter|grundschülerin|grundschülerinnen|grundschüler|grundschulkind|grundschulkinder", 0.85) { Band = (6, 10) },
        new("stage.pt.novinha", "pt", LifeStage, "novinha|novinhas|novinho|novinhos|menores|colegial|colegiais", 0.7) { Band = (0, 17) },
        new("stage.pt.menor_de_idade", "pt", LifeStage, "menor|menores de idade", 0.95) { Band = (0, 17) },
        new("stage.it.minori", "it", LifeStage, "minori|scolaretta|scolarette|ragazzine", 0.75) { Band = (0, 17) },
        new("stage.ru.maloletka", "ru", LifeStage, "малолетка|малолетки|малолетку|малолеток|малолеткам|малолетками|малолетняя|малолетнюю|малолетние|малолетних|малолетний|малолетнего|старшеклассница|старшеклассницы|старшеклассниц|старшеклассницу", 0.85) { Band = (6, 17) },
        new("stage.zh.youngirl", "zh", LifeStage, "幼女|女童|男童|萝莉|正太|中学生|小学生|初中生|初中女生|小学女生|女学生|初一女生|初二女生|初三女生|初一男生|初二男生|初三男生|小女孩|小男孩", 0.8) { Band = (6, 17) },
        new("stage.ja.schoolgirl", "ja", LifeStage, "小学生|中学生|女子小学生|女子中学生|女子高生|ロリ|少女", 0.8) { Band = (6, 17) },

        // ---- Child nouns ----
        new("noun.en.child", "en", ChildNoun, "child|children|childs", 0.7) { Band = (0, 17), NextVeto = TechnicalChild },
        new("noun.en.kid", "en", ChildNoun, "kid|kids|kiddo|kiddos", 0.55) { Band = (0, 17), NextVeto = "gloves|glove|leather|skin|goat|goats" },
        new("noun.en.little", "en", ChildNoun, "little|young|baby|small girl|boy|girls|boys|daughter|son", 0.7) { Band = (0, 12) },
        new("noun.es.nino", "es", ChildNoun, "niño|niña|niños|niñas|nene|nena|nenes|nenas|infante|infantes", 0.75) { Band = (0, 12) },
        new("noun.fr.enfant", "fr", ChildNoun, "enfant|enfants|fillette|fillettes|garçonnet|gamin|gamine|gamins|gamines|bambin|bambins", 0.75) { Band = (0, 12) },
        new("noun.de.kind", "de", ChildNoun, "kind|kinder|kindern|kindes", 0.75)
        {
            // "kind" and "kinder" are also English words ("a kind of", "be kinder"): only German determiners or
            // adjectives before them make them the German noun.
            Band = (0, 12),
            PrevRequired = "das|ein|mein|dein|sein|ihr|unser|euer|kein|jedes|dieses|welches|dem|einem|meinem|deinem|seinem|ihrem|unserem|" +
                "des|eines|meines|kleines|kleine|kleinen|liebes|eigenes|krankes|die|meine|deine|seine|ihre|unsere|keine|der|den|viele|" +
                "zwei|drei|vier|alle|für|mit|von|meinen|deinen|seinen|ihren|unseren|jähriges|jährige|jährigen|beiden|kleinen|unsere",
        },
        new("noun.pt.crianca", "pt", ChildNoun, "criança|crianças|menino|menina|meninos|meninas|garotinho|garotinha", 0.75) { Band = (0, 12) },
        new("noun.it.bambino", "it", ChildNoun, "bambino|bambina|bambini|bambine|ragazzino|ragazzina|ragazzini|ragazzine|bimbo|bimba|bimbi|bimbe", 0.75) { Band = (0, 12) },
        new("noun.ru.rebenok", "ru", ChildNoun, "ребёнок|ребенок|ребёнка|ребенка|ребёнку|ребенку|ребёнком|ребенком|дети|детей|детям|детьми|детях|девочка|девочки|девочку|девочке|мальчик|мальчика|мальчику|мальчики|мальчиков", 0.75) { Band = (0, 12) },
        new("noun.zh.haizi", "zh", ChildNoun, "孩子|小孩|儿童|兒童|小朋友", 0.75) { Band = (0, 12) },
        new("noun.ja.kodomo", "ja", ChildNoun, "子供|子ども|こども|児童|子どもたち", 0.75) { Band = (0, 12) },
        new("noun.ja.girl_boy", "ja", ChildNoun, "女の子|男の子", 0.45) { Band = (0, 12) },
    ];

    public static readonly (string Words, int Value)[] CardinalWords =
    [
        ("one|uno|eins|um|uma|один|одна|одного", 1), ("two|dos|deux|zwei|dois|duas|due|два|две|двух", 2),
        ("three|tres|trois|drei|três|tre|три|трёх|трех", 3), ("four|cuatro|quatre|vier|quatro|quattro|четыре|четырёх|четырех", 4),
        ("five|cinco|cinq|fünf|cinque|пять|пяти", 5), ("six|seis|sechs|sei|шесть|шести", 6),
        ("seven|siete|sept|sieben|sete|sette|семь|семи", 7), ("eight|ocho|huit|acht|oito|otto|восемь|восьми", 8),
        ("nine|nueve|neuf|neun|nove|девять|девяти", 9), ("ten|diez|dix|zehn|dez|dieci|десять|десяти", 10),
        ("eleven|once|onze|elf|undici|одиннадцать|одиннадцати", 11), ("twelve|doce|douze|zwölf|doze|dodici|двенадцать|двенадцати", 12),
        ("thirteen|trece|treize|dreizehn|treze|tredici|тринадцать|тринадцати", 13),
        ("fourteen|catorce|quatorze|vierzehn|catorze|quattordici|четырнадцать|четырнадцати", 14),
        ("fifteen|quince|quinze|fünfzehn|quindici|пятнадцать|пятнадцати", 15),
        ("sixteen|dieciséis|dieciseis|seize|sechzehn|dezesseis|dezasseis|sedici|шестнадцать|шестнадцати", 16),
        ("seventeen|diecisiete|siebzehn|dezessete|dezassete|diciassette|семнадцать|семнадцати", 17),
        ("eighteen|dieciocho|achtzehn|dezoito|diciotto|восемнадцать|восемнадцати", 18),
        ("nineteen|diecinueve|neunzehn|dezenove|dezanove|diciannove|девятнадцать|девятнадцати", 19),
        ("twenty|veinte|vingt|zwanzig|vinte|venti|двадцать|двадцати", 20), ("thirty|treinta|trente|dreißig|trinta|trenta|тридцать|тридцати", 30),
        ("forty|cuarenta|quarante|vierzig|quarenta|quaranta|сорок|сорока", 40), ("fifty|cincuenta|cinquante|fünfzig|cinquenta|cinquanta|пятьдесят", 50),
        ("sixty|sesenta|soixante|sechzig|sessenta|sessanta|шестьдесят", 60), ("seventy|setenta|siebzig|settanta|семьдесят", 70),
        ("eighty|ochenta|achtzig|oitenta|ottanta|восемьдесят", 80), ("ninety|noventa|neunzig|novanta|девяносто", 90),
        ("一", 1), ("二|两|兩", 2), ("三", 3), ("四", 4), ("五", 5), ("六", 6), ("七", 7), ("八", 8), ("九", 9), ("十", 10),
    ];

    public static readonly (string Words, int Value)[] OrdinalWords =
    [
        ("first|primero|primer|primera|erste|ersten|primeiro|primeira|prima|первый|первом|первого", 1),
        ("second|segundo|segunda|zweite|zweiten|seconda|второй|втором|второго", 2),
        ("third|tercero|tercer|tercera|dritte|dritten|terceiro|terceira|terza|третий|третьем|третьего", 3),
        ("fourth|cuarto|cuarta|vierte|vierten|quarto|quarta|четвёртый|четвертый|четвёртом|четвертом", 4),
        ("fifth|quinto|quinta|fünfte|fünften|пятый|пятом|пятого", 5),
        ("sixth|sexto|sexta|sechste|sechsten|sesta|шестой|шестом|шестого", 6),
        ("seventh|séptimo|septimo|séptima|siebte|siebten|sétimo|седьмой|седьмом|седьмого", 7),
        ("eighth|octavo|octava|achte|achten|oitavo|восьмой|восьмом|восьмого", 8),
        ("ninth|noveno|novena|neunte|neunten|nono|девятый|девятом|девятого", 9),
        ("tenth|décimo|decimo|zehnte|zehnten|десятый|десятом", 10),
        ("eleventh|elfte|elften|одиннадцатый|одиннадцатом", 11), ("twelfth|zwölfte|zwölften", 12),
    ];

    /// <summary>Pronouns, kin and child words that make "is 12" or "de 12 años" after them about a person.</summary>
    public const string PersonWords =
        "i|he|she|you|du|tu|ты|character|figur|charakter|personaje|personnage|personagem|personaggio|персонаж|voisine|voisin|vecina|vecino|vizinha|vizinho|vicina|vicino|nachbarin|petite|son|sons|daughter|daughters|kid|kids|child|children|boy|boys|girl|girls|twins|brother|sister|niece|nephew|" +
        "grandson|granddaughter|stepson|stepdaughter|students|" +
        "cousin|student|pupil|baby|toddler|teen|er|sie|ich|sohn|tochter|bruder|schwester|kind|enkel|enkelin|neffe|nichte|" +
        "cousine|mädchen|junge|schüler|schülerin|niño|niña|chico|chica|hijo|hija|hermano|hermana|sobrino|sobrina|nieto|nieta|" +
        "alumno|alumna|estudiante|enfant|fille|garçon|fils|frère|sœur|soeur|neveu|nièce|élève|ado|adolescent|adolescente|" +
        "criança|menino|menina|filho|filha|irmão|irmã|aluno|aluna|bambino|bambina|ragazzo|ragazza|figlio|figlia|fratello|" +
        "sorella|nipote|alunno|alunna|studente|studentessa|ребёнок|ребенок|ребёнку|ребенку|девочка|девочке|мальчик|мальчику|" +
        "сын|сыну|дочь|дочери|дочка|дочке|школьник|школьнице|школьнику|подросток|подростку|внук|внучка";

    /// <summary>Words that may follow a bare age without making the number something else.</summary>
    public const string BareFollowers =
        "and|but|so|or|last|this|next|now|today|yesterday|tomorrow|in|on|at|soon|already|too|yet|when|who|and|because|" +
        "with|y|e|et|und|aber|im|letzte|letzten|diese|heute|jetzt|gestern|morgen|bald|schon|und|is|was|are|were|has|had|" +
        "will|can|could|should|would|does|did|under|under|living|from";

    /// <summary>Words after "de 14" that make the number a quantity, not an age.</summary>
    public const string UnitsAfterNumber =
        "minutos|minuto|horas|hora|días|dias|dia|semanas|meses|euros|euro|dólares|dolares|pesos|reais|metros|kilos|kg|cm|km|por|%|" +
        "minutes|minute|hours|hour|days|day|weeks|months|dollars|pounds|metres|meters|percent|minuti|ore|giorni|mesi|heures|jours|mois";

    public const string AgeWords = "edad|idade|età|âge|age|alter|возраст|возрасте";

    public const string Connectors = "and|y|e|et|und|и";

    public const string CjkNumberBreakers = "百|千|万|萬|零|〇|几|幾";
}
