using static Bulwark.Detection.Text.Signals.ProtectiveContextKind;

namespace Bulwark.Detection.Text.Signals.Protective;

/// <summary>
/// The rules and word lists of <see cref="ProtectiveContextDetector"/>, as data. Words are written as people type them;
/// <see cref="ContextLexicon"/> folds them like the input. The choices behind the scores are in README.md.
/// </summary>
internal static class ContextRules
{
    /// <summary>A bare role word: weak alone ("my teacher gave me homework" must not count), stated with a protective question.</summary>
    private const double BareRole = 0.3;
    private const double BareRoleWithIntent = 0.55;

    /// <summary>"my son", "my students": the writer's relation to children, which needs a protective question to count.</summary>
    private const double Relation = 0.4;
    private const double RelationWithIntent = 0.8;

    /// <summary>"I teach", "investigo", "ich forsche": a role stated in the first person by one verb.</summary>
    private const double SelfStated = 0.8;

    /// <summary>A scholarly, legal or literary frame of several words ("literature class", "the law on").</summary>
    private const double StrongFrame = 0.65;

    /// <summary>A frame word with an everyday second sense ("novel", "roman", "研究").</summary>
    private const double WeakFrame = 0.45;

    // Possessives that make a role someone else's ("my teacher", "mi profesora") per language; articles are not, "I'm a teacher" has one.
    private const string EnOther = "my|your|his|her|their|our|s|whose";
    private const string EsOther = "mi|mis|tu|tus|su|sus|nuestro|nuestra|vuestro|vuestra";
    private const string FrOther = "mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos";
    private const string DeOther = "mein|meine|meinem|meinen|meiner|dein|deine|sein|seine|ihr|ihre|unser|unsere|unserem|unseren";
    private const string PtOther = "meu|minha|meus|minhas|teu|tua|seu|sua|nosso|nossa";
    private const string ItOther = "mio|mia|miei|mie|tuo|tua|suo|sua|nostro|nostra";
    private const string RuOther = "мой|моя|мою|моего|моей|мои|твой|твоя|его|её|ее|их|наш|наша|нашего";
    private const string ZhOther = "我 的|你 的|他 的|她 的|我们 的|找|问";
    private const string JaOther = "私 の|僕 の|俺 の|うち の|あなた の|彼 の|彼女 の";

    /// <summary>Words before "as" that make it a comparison or a list ("such as teachers"), not "as a teacher, I…".</summary>
    private const string AsVeto = "such|well|as|same|so|just|known|much|soon|long|see|treat|treated|dressed|regarded|seen";

    /// <summary>First-person pronouns and possessives: the writer is the one threatened ("threatening to share my photos").</summary>
    public const string FirstPersonWords =
        "i|me|my|mine|myself|im|yo|mi|mis|conmigo|je|j|moi|mon|ma|mes|ich|mich|mir|mein|meine|meinen|meiner|meinem|" +
        "eu|meu|minha|meus|minhas|comigo|io|mio|mia|miei|mie|я|меня|мне|мой|моя|мои|моё|мою|мной|我|私|僕|俺";

    /// <summary>Words that end a first-person statement before its role: conjunctions, negations, possessives, prepositions.</summary>
    public const string IntroBreakers =
        "and|but|or|not|never|no|my|your|his|her|their|our|with|of|to|from|for|because|who|that|than|like|about|scared|afraid|" +
        "y|pero|o|no|ni|mi|tu|su|con|de|para|que|et|mais|ou|ne|pas|mon|ton|son|avec|pour|und|aber|oder|nicht|kein|keine|mit|von|für|" +
        "e|mas|não|meu|minha|com|para|ma|non|o|mio|mia|con|per|и|но|или|не|с|со|для|от|у|和|跟|但|不|没|也|と|が|を|に|じゃ|ない|" +
        "at|in|on|into|by|al|en|por|sin|au|aux|chez|dans|par|sans|vers|zum|zur|zu|bei|beim|im|nach|ao|no|na|em|dal|dalla|da|nel|nella|su|" +
        "к|ко|в|во|на|по|о|об|про|за|при|去|找|见|へ|で";

    public static readonly ContextRuleSpec[] All =
    [
        // ---- First-person openers ----
        Intro("en", "i m|i am|im|i ve been|i have been|i work as|i work in|i work at|we re|we are|speaking as"),
        Intro("en", "as a|as an|as the", maxBetween: 2, prevVeto: AsVeto),
        Intro("en", "as", maxBetween: 0, prevVeto: AsVeto),
        Intro("es", "soy|somos|trabajo como|trabajo en|estoy trabajando como"),
        Intro("es", "como", maxBetween: 1),
        Intro("fr", "je suis|nous sommes|je travaille comme|je travaille en|je travaille dans|en tant que|en tant qu"),
        Intro("fr", "comme", maxBetween: 1),
        Intro("de", "ich bin|wir sind|ich arbeite als|ich arbeite in|ich arbeite im"),
        Intro("de", "als", maxBetween: 1),
        Intro("pt", "sou|somos|eu sou|trabalho como|trabalho em|enquanto"),
        Intro("pt", "como", maxBetween: 1),
        Intro("it", "sono|siamo|io sono|lavoro come|lavoro nel|lavoro nella|faccio il|faccio la|in quanto"),
        Intro("it", "come", maxBetween: 1),
        Intro("ru", "я|мы|я работаю|работаю|будучи"),
        Intro("ru", "как", maxBetween: 0),
        Intro("zh", "我是|我们是|作为|身为|我在|我当", maxBetween: 6),
        Intro("ja", "私は|僕は|俺は|わたしは|私も", maxBetween: 6),
        new("context.ja.intro_after", "ja", CueKind.IntroAfter, "として|をしています|をしている|です"),

        // ---- Roles: English ----
        Role("en", ParentOrGuardian, "parent|parents|mother|father|mom|mum|dad|guardian|legal guardian|foster parent|foster carer|stepparent|stepmom|stepdad|grandparent|grandmother|grandfather|carer",
            EnOther, "company|companies|class|classes|node|nodes|directory|element|process|organisation|organization|group|folder|category|nature|tongue|board|ship|in"),
        Role("en", Educator, "teacher|teachers|educator|educators|school counsellor|school counselor|headteacher|head teacher|principal|teaching assistant|tutor|youth worker|school librarian|safeguarding lead",
            EnOther, "s|pet|component|investigator"),
        Role("en", Clinician, "doctor|doctors|nurse|nurses|paediatrician|pediatrician|therapist|psychologist|psychiatrist|counsellor|counselor|social worker|gp|paramedic|midwife|clinician",
            EnOther, "shark|sharks|who|strange|s"),
        Role("en", Survivor, "survivor|survivors|victim|victims", EnOther, "series|game|games|show|mode"),
        Role("en", Researcher, "researcher|researchers|academic|academics|criminologist|phd student|research scientist|professor", EnOther),
        Role("en", Journalist, "journalist|journalists|reporter|reporters|correspondent", EnOther),
        Role("en", TrustAndSafety, "moderator|moderators|content moderator|trust and safety|trust safety|safety analyst|policy analyst|content reviewer|online safety officer", EnOther),
        Role("en", Legal, "lawyer|lawyers|attorney|solicitor|barrister|prosecutor|paralegal|law student", EnOther),
        Role("en", Literature, "novelist|literature student|literature teacher|english teacher", EnOther),

        // ---- Roles: Spanish ----
        Role("es", ParentOrGuardian, "madre|padre|mamá|papá|tutor legal|tutora legal|madre de|padres|abuela|abuelo|cuidadora|cuidador", EsOther, "nuestro|pío"),
        Role("es", Educator, "profesor|profesora|maestro|maestra|docente|educador|educadora|orientador|orientadora", EsOther),
        Role("es", Clinician, "médico|médica|enfermera|enfermero|pediatra|psicólogo|psicóloga|terapeuta|trabajadora social|trabajador social|psiquiatra", EsOther),
        Role("es", Survivor, "superviviente|sobreviviente|víctima", EsOther),
        Role("es", Researcher, "investigador|investigadora|académico|académica", EsOther),
        Role("es", Journalist, "periodista|reportero|reportera", EsOther),
        Role("es", TrustAndSafety, "moderador|moderadora|moderadores de contenido", EsOther),
        Role("es", Legal, "abogado|abogada|fiscal|jurista", EsOther),

        // ---- Roles: French ----
        Role("fr", ParentOrGuardian, "parent|parents|mère|père|maman|papa|tuteur|tutrice|grand mère|grand père|beau père|belle mère", FrOther),
        Role("fr", Educator, "enseignant|enseignante|enseignants|professeur|professeure|prof|instituteur|institutrice|éducateur|éducatrice|cpe", FrOther),
        Role("fr", Clinician, "médecin|infirmière|infirmier|pédiatre|psychologue|thérapeute|assistante sociale|assistant social|psychiatre|sage femme", FrOther),
        Role("fr", Survivor, "survivant|survivante|victime", FrOther),
        Role("fr", Researcher, "chercheur|chercheuse|universitaire|doctorant|doctorante", FrOther),
        Role("fr", Journalist, "journaliste|reporter", FrOther),
        Role("fr", TrustAndSafety, "modérateur|modératrice|modérateurs", FrOther),
        Role("fr", Legal, "avocat|avocate|juriste|procureur|magistrat", FrOther),

        // ---- Roles: German (nouns are capitalised, so the folded forms are the lowercase words) ----
        Role("de", ParentOrGuardian, "mutter|vater|mama|papa|elternteil|eltern|erziehungsberechtigter|erziehungsberechtigte|vormund|pflegemutter|pflegevater|oma|opa", DeOther),
        Role("de", Educator, "lehrer|lehrerin|lehrkraft|erzieher|erzieherin|pädagoge|pädagogin|schulsozialarbeiter|schulsozialarbeiterin|sozialpädagoge|sozialpädagogin", DeOther),
        Role("de", Clinician, "arzt|ärztin|kinderarzt|kinderärztin|krankenschwester|krankenpfleger|pflegekraft|psychologe|psychologin|therapeut|therapeutin|psychotherapeut|psychotherapeutin|sozialarbeiter|sozialarbeiterin", DeOther),
        Role("de", Survivor, "überlebende|überlebender|betroffene|betroffener|opfer", DeOther),
        Role("de", Researcher, "forscher|forscherin|wissenschaftler|wissenschaftlerin|doktorand|doktorandin", DeOther),
        Role("de", Journalist, "journalist|journalistin|reporter|reporterin", DeOther),
        Role("de", TrustAndSafety, "moderator|moderatorin|content moderator|content moderatorin", DeOther),
        Role("de", Legal, "anwalt|anwältin|rechtsanwalt|rechtsanwältin|staatsanwalt|staatsanwältin|jurist|juristin", DeOther),

        // ---- Roles: Portuguese ----
        Role("pt", ParentOrGuardian, "mãe|pai|mamãe|papai|responsável|tutor legal|tutora legal|pais|avó|avô", PtOther),
        Role("pt", Educator, "professor|professora|educador|educadora|docente|orientador|orientadora", PtOther),
        Role("pt", Clinician, "médico|médica|enfermeira|enfermeiro|pediatra|psicólogo|psicóloga|terapeuta|assistente social|psiquiatra", PtOther),
        Role("pt", Survivor, "sobrevivente|vítima", PtOther),
        Role("pt", Researcher, "pesquisador|pesquisadora|investigador|investigadora|acadêmico|acadêmica", PtOther),
        Role("pt", Journalist, "jornalista|repórter", PtOther),
        Role("pt", TrustAndSafety, "moderador|moderadora|moderadores", PtOther),
        Role("pt", Legal, "advogado|advogada|promotor|promotora|jurista", PtOther),

        // ---- Roles: Italian ----
        Role("it", ParentOrGuardian, "genitore|genitori|madre|padre|mamma|papà|tutore|tutrice|nonna|nonno", ItOther),
        Role("it", Educator, "insegnante|insegnanti|professore|professoressa|maestro|maestra|docente|educatore|educatrice", ItOther),
        Role("it", Clinician, "medico|dottore|dottoressa|infermiera|infermiere|pediatra|psicologo|psicologa|terapeuta|assistente sociale|psichiatra", ItOther),
        Role("it", Survivor, "sopravvissuto|sopravvissuta|vittima", ItOther),
        Role("it", Researcher, "ricercatore|ricercatrice|accademico|accademica|dottorando|dottoranda", ItOther),
        Role("it", Journalist, "giornalista|reporter|cronista", ItOther),
        Role("it", TrustAndSafety, "moderatore|moderatrice|moderatori", ItOther),
        Role("it", Legal, "avvocato|avvocata|avvocatessa|giurista|procuratore", ItOther),

        // ---- Roles: Russian (stems cover the cases: учитель, учителем, учителя) ----
        Role("ru", ParentOrGuardian, "родител*|мама|мамой|мать|матерью|папа|папой|отец|отцом|опекун*|бабушка|дедушка", RuOther),
        Role("ru", Educator, "учител*|учительниц*|педагог*|преподавател*|воспитател*", RuOther),
        Role("ru", Clinician, "врач*|медсестр*|педиатр*|психолог*|психотерапевт*|терапевт*|социальн* работник*", RuOther),
        Role("ru", Survivor, "пострадавш*|выживш*|жертв*", RuOther),
        Role("ru", Researcher, "исследовател*|учён*|учен*|научн* сотрудник*", RuOther),
        Role("ru", Journalist, "журналист*|репортёр*|репортер*", RuOther),
        Role("ru", TrustAndSafety, "модератор*", RuOther),
        Role("ru", Legal, "юрист*|адвокат*|прокурор*", RuOther),

        // ---- Roles: Chinese ----
        Role("zh", ParentOrGuardian, "家长|父母|妈妈|母亲|爸爸|父亲|监护人|奶奶|爷爷", ZhOther),
        Role("zh", Educator, "老师|教师|班主任|辅导员|校长", ZhOther),
        Role("zh", Clinician, "医生|护士|儿科医生|心理咨询师|心理医生|社工|治疗师", ZhOther),
        Role("zh", Survivor, "幸存者|受害者", ZhOther),
        Role("zh", Researcher, "研究人员|研究员|学者|研究生", ZhOther),
        Role("zh", Journalist, "记者|新闻工作者", ZhOther),
        Role("zh", TrustAndSafety, "审核员|内容审核|版主", ZhOther),
        Role("zh", Legal, "律师|检察官", ZhOther),

        // ---- Roles: Japanese ----
        Role("ja", ParentOrGuardian, "親|保護者|母親|父親|ママ|パパ", JaOther, "切|友|戚|指|会社|子"),
        Role("ja", Educator, "教師|教員|先生|保育士|担任", JaOther),
        Role("ja", Clinician, "医師|医者|看護師|小児科医|カウンセラー|心理士|ソーシャルワーカー", JaOther),
        Role("ja", Survivor, "サバイバー|被害者", JaOther),
        Role("ja", Researcher, "研究者", JaOther),
        Role("ja", Journalist, "記者|ジャーナリスト", JaOther),
        Role("ja", TrustAndSafety, "モデレーター|コンテンツ審査", JaOther),
        Role("ja", Legal, "弁護士|検察官", JaOther),

        // ---- Roles stated by the phrase itself ----
        Self("en", ParentOrGuardian, "my son|my daughter|my child|my children|my kids|my kid|my teen|my teenager|my stepson|my stepdaughter|our son|our daughter|our children|our kids", Relation, RelationWithIntent),
        Self("en", Educator, "my students|my pupils|my class|my classroom", Relation, RelationWithIntent),
        Self("en", Clinician, "my patients|my clients", Relation, RelationWithIntent),
        Self("en", Educator, "i teach|we teach|i taught", SelfStated),
        Self("en", Researcher, "i research|we research|i am researching|i m researching|my research|our research", SelfStated),
        Self("en", TrustAndSafety, "i review reports|we review reports|i moderate|we moderate|i review flagged", SelfStated),
        Self("en", Journalist, "i m writing an article|i am writing an article|i cover|i report on", SelfStated),
        Self("es", Journalist, "estoy escribiendo un artículo|estoy escribiendo un reportaje|escribo un reportaje|preparo un reportaje", SelfStated),
        Self("fr", Journalist, "j écris un article|j écris une enquête|je prépare un reportage|je prépare une enquête", SelfStated),
        Self("de", Journalist, "ich schreibe einen artikel|ich schreibe eine reportage|ich recherchiere für", SelfStated),
        Self("pt", Journalist, "estou escrevendo uma reportagem|estou escrevendo um artigo|escrevo uma reportagem", SelfStated),
        Self("it", Journalist, "sto scrivendo un inchiesta|sto scrivendo un articolo|sto scrivendo un reportage|scrivo un articolo", SelfStated),
        Self("ru", Journalist, "я пишу статью|пишу статью|готовлю репортаж|готовлю материал", SelfStated),
        Self("zh", Journalist, "我在写一篇报道|我在写一篇文章|我正在写一篇报道", SelfStated),
        Self("ja", Journalist, "記事を書いています|記事を書いている|取材しています", SelfStated),
        Self("es", ParentOrGuardian, "mi hijo|mi hija|mis hijos|mis hijas|nuestro hijo|nuestra hija|nuestros hijos", Relation, RelationWithIntent),
        Self("es", Educator, "mis alumnos|mis alumnas|mis estudiantes", Relation, RelationWithIntent),
        Self("es", Clinician, "mis pacientes", Relation, RelationWithIntent),
        Self("es", Educator, "enseño|doy clases", SelfStated) with { PrevVeto = "le|te|les|lo|la|se|os" },
        Self("es", Researcher, "investigo|mi investigación", SelfStated),
        Self("es", TrustAndSafety, "modero|reviso denuncias", SelfStated),
        Self("fr", ParentOrGuardian, "mon fils|ma fille|mes enfants|notre fils|notre fille|nos enfants", Relation, RelationWithIntent),
        Self("fr", Educator, "mes élèves|mes étudiants", Relation, RelationWithIntent),
        Self("fr", Clinician, "mes patients|mes patientes", Relation, RelationWithIntent),
        Self("fr", Educator, "j enseigne", SelfStated),
        Self("fr", Researcher, "je fais des recherches|mes recherches|ma thèse", SelfStated),
        Self("fr", TrustAndSafety, "je modère", SelfStated),
        Self("de", ParentOrGuardian, "mein sohn|meine tochter|meine kinder|meinen sohn|meiner tochter|unser sohn|unsere tochter|unsere kinder|unseren sohn", Relation, RelationWithIntent),
        Self("de", Educator, "meine schüler|meine schülerinnen|meine klasse", Relation, RelationWithIntent),
        Self("de", Clinician, "meine patienten|meine patientinnen", Relation, RelationWithIntent),
        Self("de", Educator, "ich unterrichte", SelfStated),
        Self("de", Researcher, "ich forsche|meine forschung|meine doktorarbeit", SelfStated),
        Self("de", TrustAndSafety, "ich moderiere", SelfStated),
        Self("pt", ParentOrGuardian, "meu filho|minha filha|meus filhos|minhas filhas|nosso filho|nossa filha", Relation, RelationWithIntent),
        Self("pt", Educator, "meus alunos|minhas alunas|meus estudantes", Relation, RelationWithIntent),
        Self("pt", Clinician, "meus pacientes", Relation, RelationWithIntent),
        Self("pt", Educator, "eu ensino|dou aulas|dou aula", SelfStated),
        Self("pt", Researcher, "eu pesquiso|pesquiso|minha pesquisa", SelfStated),
        Self("pt", TrustAndSafety, "eu modero", SelfStated),
        Self("it", ParentOrGuardian, "mio figlio|mia figlia|miei figli|mie figlie|nostro figlio|nostra figlia|nostri figli", Relation, RelationWithIntent),
        Self("it", Educator, "miei alunni|miei studenti|mie studentesse", Relation, RelationWithIntent),
        Self("it", Clinician, "miei pazienti", Relation, RelationWithIntent),
        Self("it", Educator, "insegno", SelfStated),
        Self("it", Researcher, "faccio ricerca|la mia ricerca", SelfStated),
        Self("it", TrustAndSafety, "modero", SelfStated),
        Self("ru", ParentOrGuardian, "мой сын|моя дочь|мои дети|моего сына|мою дочь|моей дочери|моих детей|наш сын|наша дочь|наши дети|нашего сына|нашу дочь", Relation, RelationWithIntent),
        Self("ru", Educator, "мои ученики|моих учеников|моим ученикам", Relation, RelationWithIntent),
        Self("ru", Clinician, "мои пациенты|моих пациентов", Relation, RelationWithIntent),
        Self("ru", Educator, "я преподаю|я учу детей", SelfStated),
        Self("ru", Researcher, "я исследую|я изучаю|моё исследование|мое исследование", SelfStated),
        Self("ru", TrustAndSafety, "я модерирую", SelfStated),
        Self("zh", ParentOrGuardian, "我的孩子|我孩子|我儿子|我女儿|我的儿子|我的女儿|我家孩子", Relation, RelationWithIntent),
        Self("zh", Educator, "我的学生|我们班", Relation, RelationWithIntent),
        Self("zh", Clinician, "我的病人|我的患者", Relation, RelationWithIntent),
        Self("zh", Educator, "我教|我在教", SelfStated),
        Self("zh", Researcher, "我研究|我的研究|我在研究", SelfStated),
        Self("zh", TrustAndSafety, "我负责审核|我做内容审核", SelfStated),
        Self("ja", ParentOrGuardian, "息子|娘|うちの子|私の子供|子供を守", Relation, RelationWithIntent),
        Self("ja", Educator, "私の生徒|生徒たち|うちのクラス", Relation, RelationWithIntent),
        Self("ja", Clinician, "私の患者|患者さん", Relation, RelationWithIntent),
        Self("ja", Educator, "教えています|教えている", SelfStated),
        Self("ja", Researcher, "研究しています|研究している|私の研究", SelfStated),
        Self("ja", TrustAndSafety, "審査しています|モデレーションをしています", SelfStated),

        // ---- Frames ----
        Frame("en", Researcher, "research on|research into|study of|studies of|studies on|a study on|peer reviewed|literature review|thesis on|dissertation on|academic paper|systematic review|for a study|for my study|for our study|for my thesis|for a paper|counter messaging|counter-messaging", StrongFrame),
        Frame("en", Legal, "the law|laws on|law on|statute|statutes|legislation|ncmec|mandatory reporting|mandated reporter|criminal code|case law|legally required|duty to report|legal obligations|legal definition|is it illegal|is it legal|illegal to|legal to|against the law|a crime to|a criminal offence|a criminal offense|prosecuted|penalty for|penalties for|punishment for|sentence for|possession of|punishable|age of consent|law student|i study law|studying law|was charged|charged with|convicted|prosecuted|arrested|court case|in court", StrongFrame, nextVeto: "of averages|firm|firms|school"),
        Frame("en", Literature, "literature class|literature course|english class|english literature|book club|literary analysis|literary criticism|the novel|s novel|this novel|novel by|in the novel|reading list|set text|nabokov|shakespeare", StrongFrame, nextVeto: "approach|approaches|idea|ideas|method|methods|way|ways|technique|solution|feature|features"),
        Frame("en", Literature, "novel|novels|poem|poetry|short story|literature|literary", WeakFrame, nextVeto: "approach|approaches|idea|ideas|method|methods|way|ways|technique|solution|feature|features|coronavirus|virus"),
        Frame("es", Researcher, "investigación sobre|estudio sobre|estudio de|tesis sobre|artículo académico", StrongFrame),
        Frame("es", Legal, "la ley|leyes sobre|código penal|legislación|obligación de denunciar|marco legal|qué dice la ley|es ilegal|es legal|es delito|está penado|qué pena|que pena|pena por|penas por|posesión de|castigo por|edad de consentimiento|estudio derecho|estudiante de derecho|fue acusado|condenado|detenido", StrongFrame),
        Frame("es", Literature, "clase de literatura|club de lectura|la novela|novela de|análisis literario", StrongFrame),
        Frame("es", Literature, "novela|literatura|poema", WeakFrame),
        Frame("fr", Researcher, "recherche sur|recherches sur|étude sur|étude de|thèse sur|article scientifique", StrongFrame),
        Frame("fr", Legal, "la loi|code pénal|législation|obligation de signaler|cadre juridique|que dit la loi|est il illégal|est il légal|est ce illégal|est ce légal|illégal de|est un délit|est puni|quelle peine|peine pour|peines pour|possession de|sanction pour|majorité sexuelle|majorite sexuelle|âge du consentement|étudiant en droit|a été inculpé|condamné|poursuivi", StrongFrame),
        Frame("fr", Literature, "cours de littérature|cours de français|club de lecture|le roman|roman de|analyse littéraire", StrongFrame),
        Frame("fr", Literature, "roman|littérature|poème", WeakFrame),
        Frame("de", Researcher, "forschung zu|forschung über|studie zu|studie über|studie zum|doktorarbeit über|wissenschaftliche arbeit", StrongFrame),
        Frame("de", Legal, "das gesetz|gesetz|gesetze|strafgesetzbuch|stgb|rechtslage|meldepflicht|gesetzlich|strafbar|ist es legal|ist es illegal|illegal|verboten|strafe für|strafe|strafen|besitz von|besitz|schutzalter|jurastudent|ich studiere jura|angeklagt|verurteilt|festgenommen", StrongFrame),
        Frame("de", Literature, "literaturunterricht|deutschunterricht|lesekreis|der roman|roman von|literaturkurs", StrongFrame),
        Frame("de", Literature, "roman|literatur|gedicht", WeakFrame),
        Frame("pt", Researcher, "pesquisa sobre|estudo sobre|investigação sobre|tese sobre|artigo acadêmico", StrongFrame),
        Frame("pt", Legal, "a lei|o que diz a lei|código penal|legislação|estatuto da criança|obrigação de denunciar|é ilegal|é crime|é legal|é proibido|qual a pena|pena por|posse de|punição|idade de consentimento|estudante de direito|foi acusado|condenado|preso", StrongFrame),
        Frame("pt", Literature, "aula de literatura|clube do livro|clube de leitura|o romance|romance de|análise literária", StrongFrame),
        Frame("pt", Literature, "romance|literatura|poema", WeakFrame),
        Frame("it", Researcher, "ricerca su|ricerca sulla|ricerca sul|studio su|studio sulla|studio sul|tesi su|articolo scientifico", StrongFrame),
        Frame("it", Legal, "la legge|cosa dice la legge|codice penale|normativa|legislazione|obbligo di segnalazione|è illegale|è reato|è legale|è vietato|quale pena|pena per|pene per|possesso di|detenzione di|età del consenso|studente di giurisprudenza|è stato accusato|condannato|arrestato", StrongFrame),
        Frame("it", Literature, "lezione di letteratura|corso di letteratura|circolo di lettura|il romanzo|romanzo di|analisi letteraria", StrongFrame),
        Frame("it", Literature, "romanzo|letteratura|poesia", WeakFrame),
        Frame("ru", Researcher, "исследовани*|диссертаци*|научн* работ*|научн* стать*", StrongFrame),
        Frame("ru", Legal, "закон*|законодательств*|уголовн* кодекс*|ук рф|незаконно|законно ли|уголовно наказуем*|преступлени*|наказание за|какое наказание|хранение|возраст согласия|изучаю право|осужден|обвинен|задержан", StrongFrame),
        Frame("ru", Literature, "урок литературы|уроке литературы|литературн* анализ*|роман набокова|книжн* клуб*", StrongFrame),
        Frame("ru", Literature, "роман*|литератур*|стихотворени*|повест*", WeakFrame),
        Frame("zh", Researcher, "研究|论文|学术", StrongFrame),
        Frame("zh", Legal, "法律|法规|刑法|未成年人保护法|立法|法律规定|违法|合法吗|犯法|犯罪吗|判几年|刑罚|处罚|持有|性同意年龄|法学专业|被判|被起诉|被逮捕", StrongFrame),
        Frame("zh", Literature, "文学课|读书会|这部小说|小说中|文学分析|纳博科夫", StrongFrame),
        Frame("zh", Literature, "小说|文学|诗歌", WeakFrame),
        Frame("ja", Researcher, "研究|論文|学術", StrongFrame),
        Frame("ja", Legal, "法律|刑法|児童福祉法|児童ポルノ禁止法|条例|法的|違法|合法ですか|犯罪ですか|罪になる|罰則|刑罰|所持|同意年齢|法学部|逮捕|起訴|有罪", StrongFrame),
        Frame("ja", Literature, "文学の授業|国語の授業|読書会|この小説|小説の中|ナボコフ", StrongFrame),
        Frame("ja", Literature, "小説|文学", WeakFrame),

        // ---- Protective questions and aims ----
        Cue("en", CueKind.Intent, "how do i keep|how to keep|how can i keep|how can we keep|how do we keep|keep them safe|keep him safe|keep her safe|keep my|how to protect|how do i protect|how can i protect|how can we protect|protect my|protect children|warning signs|signs of|red flags|how to report|how do i report|where to report|where can i report|report this|report it|support group|support groups|how do i talk|how to talk|how should i talk|how to explain|online safety|safe online|stay safe|safeguarding|child protection|helpline|hotline|how to recognise|how to recognize|how to spot|how to prevent|prevention|dangers of|risks of|can be dangerous|is dangerous|why it s dangerous|staying safe|stay safe online|how do i answer|how should i answer|what do i tell|how do i explain|how should i respond|should i call the police|should i report|call the police"),
        Cue("es", CueKind.Intent, "cómo proteger|como proteger|proteger a|cómo puedo proteger|señales de alerta|señales de advertencia|cómo denunciar|dónde denunciar|grupo de apoyo|seguridad en internet|seguro en internet|cómo hablar|cómo prevenir|cómo detectar|protección infantil|peligros de|riesgos de|es peligroso|cómo le respondo|como le respondo|qué le digo|que le digo|cómo le explico|como le explico|llamo a la policía|debo denunciar"),
        Cue("fr", CueKind.Intent, "comment protéger|protéger mon|protéger ma|protéger mes|protéger les|signes d alerte|signaux d alerte|comment signaler|où signaler|groupe de soutien|groupe de parole|sécurité en ligne|comment parler|comment prévenir|comment repérer|protection de l enfance|dangers de|risques de|est dangereux|comment lui répondre|que lui dire|comment lui expliquer|appeler la police|dois je porter plainte"),
        Cue("de", CueKind.Intent, "wie schütze ich|schützen|warnzeichen|anzeichen|wie melde ich|wo melde ich|melden|selbsthilfegruppe|sicherheit im internet|sicher im internet|wie spreche ich|wie erkläre ich|vorbeugen|kinderschutz|prävention|gefahren von|risiken von|ist gefährlich|wie antworte ich|was sage ich|wie erkläre ich|polizei rufen|soll ich anzeige"),
        Cue("pt", CueKind.Intent, "como proteger|proteger|sinais de alerta|como denunciar|onde denunciar|grupo de apoio|segurança na internet|segurança online|como falar|como prevenir|como identificar|proteção infantil|perigos de|riscos de|é perigoso|como respondo|o que eu digo|como explico|chamar a polícia|devo denunciar"),
        Cue("it", CueKind.Intent, "come proteggere|proteggere|segnali d allarme|segnali di allarme|campanelli d allarme|come segnalare|dove segnalare|gruppo di supporto|gruppo di sostegno|sicurezza online|come parlare|come prevenire|come riconoscere|tutela dei minori|pericoli di|rischi di|è pericoloso|come rispondo|cosa gli dico|cosa le dico|come spiego|chiamare la polizia|devo denunciare"),
        Cue("ru", CueKind.Intent, "как защитить|защитить|тревожные признаки|признаки|как сообщить|куда сообщить|куда обратиться|групп* поддержки|безопасност* в интернете|как поговорить|как объяснить|как предотвратить|защита детей|опасности|риски|опасно|как ответить|что сказать|как объяснить|звонить в полицию|обратиться в полицию"),
        Cue("zh", CueKind.Intent, "怎么保护|如何保护|保护|预警信号|危险信号|怎么举报|如何举报|举报|支持小组|互助小组|网络安全|上网安全|怎么跟|如何跟|如何预防|怎么识别|危害|风险|很危险|怎么回答|怎么解释|怎么跟她说|怎么跟他说|报警"),
        Cue("ja", CueKind.Intent, "守る|守れ|守り|危険なサイン|兆候|通報|相談|サポートグループ|自助グループ|ネットの安全|安全に|話せば|話し方|防ぐ|見分け|危険性|リスク|どう答え|どう説明|警察に相談|通報すべき"),

        // ---- Requests for help (also protective intents) ----
        Cue("en", CueKind.HelpAsk, "help me|what should i do|what do i do|what can i do|i need help|please help|who can i tell|who do i tell|how do i make it stop|how do i stop|what are my options|taken down|take it down|take them down|get it removed|get them removed|is this ok|is this okay|is this normal|is that normal|is it normal|should i be worried|should i tell|is this grooming|where can i get help|who can i talk to|where do i report|where can i report|who do i contact|who should i contact|who to contact|who can help|can i call the police|should i go to the police|can i report this|should i report this|is that weird|is this weird|is that normal|is this okay|is that ok"),
        Cue("es", CueKind.HelpAsk, "ayúdame|ayudenme|ayúdenme|ayuda|qué debo hacer|qué hago|que hago|qué puedo hacer|necesito ayuda|a quién se lo cuento|es normal|está bien esto|esta bien esto|debería preocuparme|deberia preocuparme|dónde pido ayuda|donde pido ayuda|con quién hablo|con quien hablo|dónde denuncio|donde denuncio|a quién contacto|a quien contacto|a quién acudo|a quien acudo|puedo denunciar|llamo a la policía|llamo a la policia|voy a la policía"),
        Cue("fr", CueKind.HelpAsk, "aidez moi|aide moi|que dois je faire|que faire|quoi faire|j ai besoin d aide|à qui en parler|je fais quoi|c est normal|est ce normal|est ce que c est normal|dois je m inquiéter|où demander de l aide|à qui parler|où signaler|qui contacter|à qui m adresser|qui appeler|a qui m adresser|je peux porter plainte|j appelle la police|aller à la police"),
        Cue("de", CueKind.HelpAsk, "hilfe|helft mir|hilf mir|helfen sie mir|was soll ich tun|was soll ich machen|was kann ich tun|wem kann ich|ist das normal|ist das okay|ist das ok|sollte ich mir sorgen|wo bekomme ich hilfe|mit wem kann ich reden|wo kann ich das melden|an wen wende ich mich|wen kontaktiere ich|wen soll ich anrufen|kann ich anzeige erstatten|zur polizei gehen|soll ich zur polizei"),
        Cue("pt", CueKind.HelpAsk, "me ajuda|me ajudem|ajuda|socorro|o que eu faço|o que devo fazer|o que fazer|o que faço|preciso de ajuda|é normal|isso é normal|tá certo isso|devo me preocupar|onde peço ajuda|onde peco ajuda|com quem falo|onde denuncio|a quem recorro|quem devo procurar|quem procurar|posso denunciar|chamo a polícia|ir à polícia"),
        Cue("it", CueKind.HelpAsk, "aiutatemi|aiutami|aiuto|cosa devo fare|cosa faccio|che faccio|che cosa devo fare|ho bisogno di aiuto|è normale|devo preoccuparmi|dove chiedo aiuto|con chi posso parlare|dove denuncio|a chi mi rivolgo|chi contattare|chi devo chiamare|posso denunciare|chiamo la polizia|andare dalla polizia"),
        Cue("ru", CueKind.HelpAsk, "помогите|помоги|что мне делать|что делать|нужна помощь|к кому обратиться|это нормально|нормально ли|стоит ли волноваться|куда обратиться|с кем поговорить|куда сообщить|к кому обратиться|кому звонить|можно ли заявить в полицию|идти в полицию|обратиться в полицию"),
        Cue("zh", CueKind.HelpAsk, "帮帮我|救救我|怎么办|我该怎么做|求助|该怎么做|这正常吗|正常吗|这样正常吗|要不要担心|找谁帮忙|跟谁说|去哪里举报|找谁|联系谁|该找谁|能报警吗|要报警吗|该报警吗|可以报警吗|报警吗"),
        Cue("ja", CueKind.HelpAsk, "助けて|どうすれば|どうしたら|どうしたらいい|相談したい|大丈夫ですか|普通ですか|大丈夫かな|普通なの|どこに相談|相談すればいい|誰に相談|どこに通報|どこに連絡|誰に連絡|どこに相談すれば|警察に言うべき|警察に相談|警察に行く"),

        // ---- Being threatened, blackmailed or pressured ----
        Cue("en", CueKind.Threat, "threatening|threatens|threatened|threaten|threats|blackmail|blackmailing|blackmailed|blackmails|extorting|extort|extorted|pressuring|pressured|pressure me|forcing me|forced me"),
        Cue("es", CueKind.Threat, "amenaza*|chantaje*|extorsion*|extorsión|presiona*|me obliga|me está obligando"),
        Cue("fr", CueKind.Threat, "menace*|chantage|fait chanter|me fait pression|fait pression|extorqu*|me force|me forcent"),
        Cue("de", CueKind.Threat, "droht|drohen|bedroht|erpress*|unter druck|zwingt mich"),
        Cue("pt", CueKind.Threat, "ameaç*|chantag*|extorqu*|extorsão|pressiona*|me obriga"),
        Cue("it", CueKind.Threat, "minacci*|ricatt*|estors*|fa pressione|mi costringe|mi obbliga"),
        Cue("ru", CueKind.Threat, "угрожа*|угроз*|шантаж*|вымога*|давит|давят|заставля*"),
        Cue("zh", CueKind.Threat, "威胁|勒索|敲诈|逼我|要挟"),
        Cue("ja", CueKind.Threat, "脅さ|脅迫さ|ゆすら|強要さ", selfImplied: true),
        Cue("ja", CueKind.Threat, "脅迫|脅し|ゆすり|強要"),

        // Threats without a threat word: reported ("he says he'll post my pictures"), conditional ("unless I pay"), or
        // carried out ("my photo was shared"). They still need a first-person writer and a plea to make a victim.
        Cue("en", CueKind.Threat, "post my|leak my|leaked my|publish my|spread my|expose me|posted my|unless i pay|unless i send|if i don t pay|if i don t send|was shared|were shared|got leaked|been leaked"),
        Cue("es", CueKind.Threat, "publicar mis|subir mis|filtrar mis|difundir mis|si no pago|si no le pago|si no le mando|si no le envío|si no le envio"),
        Cue("fr", CueKind.Threat, "publier mes|diffuser mes|balancer mes|si je ne paie pas|si je ne paye pas|si je n envoie pas"),
        Cue("de", CueKind.Threat, "wenn ich nicht zahle|wenn ich nicht bezahle|wenn ich nicht schicke|veröffentlicht meine|verbreitet meine|meine bilder zu veröffentlichen|meine fotos zu veröffentlichen"),
        Cue("pt", CueKind.Threat, "postar meus|postar minhas|vazar meus|vazar minhas|espalhar meus|espalhar minhas|se eu não pagar|se eu nao pagar|se eu não mandar|se eu nao mandar"),
        Cue("it", CueKind.Threat, "pubblicare le mie|diffondere le mie|se non pago|se non gli mando|se non mando"),
        Cue("ru", CueKind.Threat, "если я не заплачу|если не заплачу|выложит мои|разошлёт мои|разошлет мои|опубликует мои"),
        Cue("zh", CueKind.Threat, "不给钱就|不付钱就|公开我的|曝光我的|发出去"),
        Cue("ja", CueKind.Threat, "払わないと|ばらまく|拡散する|晒す"),

        // Being approached, reported by the one approached: "he wants me to send pics and says not to tell anyone".
        Cue("en", CueKind.Threat, "wants me to|asks me to|asked me to|keeps asking me|told me to|tells me to|told me not to|tells me not to|says not to|said not to|asks me for|asked me for|keeps asking for|got a dm saying|got a message saying|sent her a message saying|sent him a message saying|messaged her|messaged him|texted her|texted him|told her to|told him to|asked her to|asked him to|wants her to|wants him to|photoshopped my|photoshopped me|edited my face|a fake of me|deepfake of me|fake nude of me|is sharing it|are sharing it|shared it|is spreading it|has a photo of|have a photo of|has pictures of|keeps dming me|keeps messaging me|keeps texting me|keeps pushing me|pushing me to|saying i m|says i m|says i am|told me i m|told me i am|asking to meet"),
        Cue("es", CueKind.Threat, "me pide|me pidió|me pidio|me dijo que no|me dice que no|quiere que le mande|quiere que le envíe|quiere que le envie"),
        Cue("fr", CueKind.Threat, "me demande|m a demandé|m a dit de ne pas|me dit de ne pas|veut que je|a une photo de|se fait menacer|partage ma photo|a truqué ma photo|veut qu on se voie|il dit que|il m a dit|elle m a dit"),
        Cue("de", CueKind.Threat, "will dass ich|fragt mich nach|hat mich gebeten|sagt ich soll|hat gesagt ich soll|sagt ich darf"),
        Cue("pt", CueKind.Threat, "me pede|me pediu|quer que eu|disse pra eu não|disse para eu não|falou pra eu não|disse pra eu nao"),
        Cue("it", CueKind.Threat, "mi chiede|mi ha chiesto|dice di non|mi ha detto di non|vuole che io|vuole che gli|vuole soldi|mi ha registrata|mi ha registrato|minaccia di pubblicare"),
        Cue("ru", CueKind.Threat, "просит меня|попросил меня|просит прислать|сказал никому не|говорит никому не|хочет чтобы я"),
        Cue("zh", CueKind.Threat, "让我|叫我|要我"),
        Cue("ja", CueKind.Threat, "と言われ|って言われ|頼まれ", selfImplied: true),
    ];

    private static ContextRuleSpec Intro(string language, string pattern, int maxBetween = 3, string? prevVeto = null) =>
        new($"context.{language}.intro", language, CueKind.Intro, pattern) { MaxBetween = maxBetween, PrevVeto = prevVeto };

    private static ContextRuleSpec Role(string language, ProtectiveContextKind kind, string pattern, string prevVeto, string? nextVeto = null) =>
        new($"context.{language}.{Slug(kind)}", language, CueKind.Role, pattern)
        {
            Kind = kind, Confidence = BareRole, IntentConfidence = BareRoleWithIntent, PrevVeto = prevVeto, NextVeto = nextVeto,
        };

    private static ContextRuleSpec Self(string language, ProtectiveContextKind kind, string pattern, double confidence, double? withIntent = null) =>
        new($"context.{language}.{Slug(kind)}.{(confidence >= SelfStated ? "self_stated" : "relation")}", language, CueKind.SelfRole, pattern)
        {
            Kind = kind, Confidence = confidence, IntentConfidence = withIntent ?? confidence + 0.1,
        };

    private static ContextRuleSpec Frame(string language, ProtectiveContextKind kind, string pattern, double confidence, string? nextVeto = null) =>
        new($"context.{language}.{Slug(kind)}.{(confidence >= StrongFrame ? "frame" : "frame_word")}", language, CueKind.Frame, pattern)
        {
            Kind = kind, Confidence = confidence, IntentConfidence = confidence >= StrongFrame ? confidence + 0.1 : confidence, NextVeto = nextVeto,
        };

    private static ContextRuleSpec Cue(string language, CueKind cue, string pattern, bool selfImplied = false) =>
        new($"context.{language}.{cue.ToString().ToLowerInvariant()}", language, cue, pattern) { SelfImplied = selfImplied };

    public static string Slug(ProtectiveContextKind kind) => kind switch
    {
        ParentOrGuardian => "parent",
        Educator => "educator",
        Clinician => "clinician",
        Survivor => "survivor",
        VictimSeekingHelp => "victim",
        Researcher => "researcher",
        Journalist => "journalist",
        TrustAndSafety => "trust_safety",
        Literature => "literature",
        Legal => "legal",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown context."),
    };
}
