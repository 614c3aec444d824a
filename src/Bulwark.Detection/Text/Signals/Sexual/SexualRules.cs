using static Bulwark.Detection.Text.Signals.SexualIndicatorKind;

namespace Bulwark.Detection.Text.Signals.Sexual;

/// <summary>
/// The rules of <see cref="SexualIndicatorDetector"/>, as data: single words and short phrases, never sentences.
/// Words are written as people type them; <see cref="SexualLexicon"/> folds them like the input. Loanwords shared by
/// most of the nine languages ("sexy", "porn*", "nudes", "NSFW", "hentai", "topless") are written once, in the English
/// rules. The choices behind the scores are in README.md.
/// </summary>
internal static class SexualRules
{
    /// <summary>A word with no everyday second sense: "porn", "erotic", "horny", "pthc", "色情", "ポルノ".</summary>
    private const double Strong = 0.85;

    /// <summary>A clear word with a rare second sense: "nude" (a colour), "naked" (the naked eye), "desnuda".</summary>
    private const double Clear = 0.75;

    /// <summary>Sexual in most uses, but also a topic word: "sexy", "sexual", "sex".</summary>
    private const double Plain = 0.65;

    /// <summary>Romantic framing and sexual-leaning words that are context, not content: "girlfriend", "kiss", "seductive".</summary>
    private const double Context = 0.55;

    /// <summary>A word whose everyday sense is as common as the sexual one: "explicit", "date", "geil", "loli", "Aufklärung".</summary>
    private const double Weak = 0.35;

    /// <summary>A word mostly used in another sense: "spicy", "caliente", "黄色".</summary>
    private const double Faint = 0.2;

    /// <summary>Names a professional uses as often as an offender ("CSAM"): below Likely, for the classifier to weigh with intent.</summary>
    private const double Professional = 0.45;

    /// <summary>An abuse or identity topic named ("sexual assault", "sexual orientation"): not sexual content, not education either.</summary>
    private const double AbuseTopic = 0.45;

    /// <summary>Sexual health, anatomy or education named outright: "sex education", "contraception", "思春期".</summary>
    private const double Education = 0.75;

    /// <summary>Prevention and awareness of abuse: "sexual abuse prevention", "body safety".</summary>
    private const double Prevention = 0.8;

    // Words after "naked"/"nude"/"裸" and around "sex" that give them a sense other than nudity or sexuality.
    private const string NudeNotNudity =
        "colour|color|colours|colors|coloured|colored|lipstick|lipsticks|lip|lips|lipgloss|gloss|shade|shades|heels|heel|pumps|" +
        "tone|tones|palette|makeup|eyeshadow|polish|nail|nails|beige|tights|stockings|foundation|look|pink|blush|sandals|shoes|bra|mesh|tan";

    private const string NakedNotNudity =
        "eye|eyes|truth|flame|flames|ambition|aggression|singularity|function|functions|pointer|pointers|url|urls|domain|city|lunch|" +
        "chef|put|puts|call|calls|bike|wire|wires|object|objects|twist|gun";

    private const string SexNotSexual =
        "and age|and gender|and race|and ethnicity|ratio|ratios|differences|difference|chromosome*|determination|assigned|of the baby|" +
        "of your baby|of the child|of the fetus|of the foetus|of respondents|of participants|of the patient|distribution|steroid*|" +
        "hormone*|cells|cell|linked|selective|reassignment|change|pistols|and the city|category|categories|segregated|disaggregated|" +
        "specific|based|male|female|m|f";

    private const string SexPrevNotSexual = "same|opposite|biological|baby s|by|either|both|fetal|foetal|chromosomal|age and|gender and|race and|age or|male|female";

    // Han characters after "裸" (Chinese and Japanese) that make it bare, plain or naked-eye, not naked: 裸眼, 裸足, 裸辞, 裸婚.
    private const string HadakaNotNudity = "眼|足|辞|考|机|价|婚|妆|色|钻|土|岩|子|捐|官|退|露|贷|一|電|麦|线|線|金|車|车";

    // Han characters before 性 that make "性的", "性感", "性爱" the tail of another word: 男性, 女性, 個性, 理性, 人性.
    private const string HanBeforeSei = "个|個|女|男|人|理|感|知|中|异|異|同|天|本|惰|习|習|韧|弹|弾|任|慢|急|适|適|特|属|屬|两|両|母|父|野|根|悪|恶|良|毒|酸|活|能|品|耐|慣|惯";

    /// <summary>
    /// Every katakana letter, as single-character veto phrases: Japanese katakana words are written without spaces and
    /// tokenised per character, so "エロ" must not be read inside "イエロー" (yellow), "ロリ" inside "カロリー" (calorie)
    /// or "セロリ" (celery), "ヌード" inside "ヌードル" (noodle), "デート" inside "アップデート" (update). ノ is left out: it
    /// folds to '/', which is not a token.
    /// </summary>
    private static readonly string Katakana = string.Join('|',
        Enumerable.Range(0x30A1, 0x30F6 - 0x30A1 + 1).Append(0x30FC).Where(c => c != 0x30CE).Select(c => ((char)c).ToString()));

    public static readonly SexualRuleSpec[] All =
    [
        // ---- English, and loanwords shared by the other languages ----
        Sexual("en", "sexual", Plain, "sexy|sexi|sexis|sexys|sexier|sexiest|sexxy|sexual|sexually|секси"),
        Sexual("en", "sexual.explicit", Strong, "sexually explicit|have sex|having sex|had sex|sex scene|sex scenes|sex story|sex stories|sex chat|sexchat|dirty talk|talk dirty|make love|making love|made love|erotic*|horny|lewd|lewds|smut|smutty|orgasm*|masturbat*|foreplay"),
        Sexual("en", "sex", 0.6, "sex|seks|secks|seggs|sexx", SexPrevNotSexual, SexNotSexual) with { NotALabel = true },
        Sexual("en", "sexual.context", Context, "seductive|seduce|seducing|seduction|sensual|sensuality|kinky|kink|kinks|fetish|fetishes|stripper|strippers|striptease|strip club|lap dance|thirst trap|intimate scene|intimate scenes|sexting"),
        Sexual("en", "sexual.weak", Weak, "explicit|intimate|provocante|provocanti|provocative|suggestive|sexuality|aroused|arousal|naughty|hook up|hookup|turns me on|turn me on|turned on"),
        Sexual("en", "sexual.faint", Faint, "spicy"),
        Nudity("en", "nudity", Clear, "nude", nextVeto: NudeNotNudity),
        Nudity("en", "nudity.naked", Clear, "naked", "the", NakedNotNudity),
        Nudity("en", "nudity.phrase", Clear, "topless|stark naked|butt naked|buck naked|no clothes|without clothes|without any clothes|no clothing|wearing nothing|with nothing on|birthday suit|in the nude|in the buff|strip naked|stripped naked|take off your clothes|take your clothes off|clothes off"),
        Nudity("en", "nudity.undress", 0.65, "undressed|undressing|undress|unclothed|nudity|nudist|nudists|nudism|naturist|naturists"),
        Nudity("en", "nudity.underwear", 0.4, "in underwear|in her underwear|in his underwear|in your underwear|in my underwear|in lingerie"),
        Material("en", "material", Strong, "porn*|nudes|nude pics|nude pic|nude photos|nude photo|nude pictures|nude images|nude videos|nude selfie|nude selfies|naked pics|naked photos|naked pictures|naked selfie|naked selfies|dick pic|dick pics|sex tape|sex tapes|sextape|sex video|sex videos|hentai|nsfw|sexts",
            "food|ruin|earth|cabin|disaster|poverty|trauma|misery|grief|book|tech|gear|design|car|real estate|space|architecture|nature|sky"),
        Material("en", "material.explicit", Clear, "explicit content|explicit photos|explicit photo|explicit pics|explicit images|explicit videos|explicit material|adult content|adult videos|adult video|adult film|adult films|adult site|adult sites|adult movies|x rated|xrated|onlyfans leaks|onlyfans content|spicy pics|spicy content|spicy photos"),
        Material("en", "material.xxx", 0.8, "xxx videos|xxx video|xxx movies|xxx pics|xxx site|xxx sites|xxx content") with { MinFirstWordChars = 3 },
        Material("en", "material.weak", Professional, "xxx|onlyfans|rule 34", "bowl|super bowl|chapter|part|volume|vol|episode|wrestlemania") with { MinFirstWordChars = 3 },
        Code("en", "abuse_code", 0.9, "pthc|ptsc|jailbait|lolicon|lolicons|shotacon|loli porn|loli hentai|loli nudes|shota porn|shota hentai|child porn|kiddie porn|kiddy porn|kid porn|kiddieporn|childporn|preteen porn|preteen models|preteen nudes|pedo videos|pedo pics|pedo porn|pedo links|pedo content|pedo material"),
        Code("en", "abuse_code.formal", Clear, "child pornography|child pornographic"),
        Code("en", "abuse_code.cp", Strong, "cp links|cp link|cp videos|cp video|cp vids|cp pics|cp pictures|cp photos|cp collection|cp material|cp stash|cp trading|cp forum|cp group|cp telegram|cp mega|cp dropbox") with { NotAPath = true },
        Code("en", "abuse_code.cp_trade", 0.6, "buy cp|buying cp|sell cp|selling cp|trade cp|trading cp|share cp|sharing cp|want cp|need cp|looking for cp",
            nextVeto: "points|point|for|in|codm|cod|on|coins|farming|gems") with { NotAPath = true },
        Code("en", "abuse_code.professional", Professional, "csam|csem|csai|child sexual abuse material|child sexual abuse materials|child sexual abuse imagery|child abuse material"),
        Code("en", "abuse_code.minor_material", 0.6, "child abuse videos|child abuse pics|child abuse images|child abuse content|child abuse photos|abuse videos of children|material of minors|content of minors|minor content|material de menores|contenido de menores|material infantil|vidéos de mineurs|contenu de mineurs|material von minderjährigen|conteúdo de menores|material de menores de idade|materiale con minori|contenuti di minori|видео с малолетками|контент с несовершеннолетними|未成年资源|幼女资源|児童の画像"),
        Code("en", "abuse_code.weak", 0.3, "loli|lolis|shota", nextVeto: "fashion|dress|dresses|style|outfit|outfits|lolita|clothes|coord|coords"),
        Romantic("en", "romantic", Context, "girlfriend|boyfriend|girlfriends|boyfriends|dating|make out|making out|made out|in love|romance|romantic|flirt*|kiss|kissing|kissed|kisses|on a date|first date|date night|a date with|blind date|dinner date|asked me out|ask her out|ask him out"),
        Romantic("en", "romantic.weak", 0.4, "gf|bf|date|crush|relationship|relationships|relations|lover|lovers|sweetheart|valentine"),
        Health("en", "health", Education, "puberty|sex education|sex ed|sexual education|sexuality education|relationships education|relationships and sex education|health class|health education|health lesson|pshe|sexual health|sexual and reproductive health|reproductive health|reproductive system|safe sex|safer sex|contraception|contraceptive*|birth control|morning after pill|sexually transmitted|hpv|hpv vaccine|human papillomavirus|consent education|teaching consent|consent lesson|consent lessons|body safety|bodily autonomy|body autonomy|menstruation|menstrual|menstruating|first period|my period|her period|period pain|period cramps|period products|gynecolog*|gynaecolog*|obgyn|ob gyn|pap smear|smear test|pregnancy test|prenatal|wet dreams|erectile dysfunction|mammogram|breast exam|testicular exam"),
        Health("en", "health.weak", Context, "private parts|anatomy|pediatrician|paediatrician|condom|condoms|sti|stis|rse", "grey s|greys"),
        Health("en", "health.std", Context, "std|stds", nextVeto: "dev|deviation|deviations|error|errors|err|out|in|io|lib|library|string|vector|map|cout|endl|move|function|thread|vec|format") with { NotALabel = true },
        Topic("en", "sexual abuse|sexual assault|sexual assaults|sexual harassment|sexual violence|sexual exploitation|sexual misconduct|sexual offence|sexual offences|sexual offense|sexual offenses|sexual predator*|sexually abused|sexually assaulted|sexually harassed|sexually exploited|sexually exploiting|sexual exploitation of|sexually victimised|sexually victimized|sexual orientation|sexual identity|sex offender*|sex trafficking|sex crime*|sex abuse|sex worker*|sex work|sex discrimination"),
        Prevent("en", "abuse prevention|preventing sexual abuse|prevent sexual abuse|sexual abuse prevention|sexual assault prevention|sexual harassment training|sexual harassment policy|sexual assault awareness|sexual abuse awareness|sexual violence prevention|harassment prevention"),

        // ---- Spanish ----
        Sexual("es", "sexual", Plain, "sexuales|sexualmente"),
        Sexual("es", "sexual.explicit", Strong, "erótic*|cachond*|calenturient*|hacer el amor|tener sexo|follar|lujuria|lujurios*"),
        Sexual("es", "sex", 0.6, "sexo", "mismo|del mismo|el otro|otro|por|edad y", "femenino|masculino|opuesto|biológico|biologico|del bebé|del bebe|y edad|y género|y genero|m|f") with { NotALabel = true },
        Sexual("es", "sexual.context", Context, "seductor|seductora|seducir|sensualidad|obscen*"),
        Sexual("es", "sexual.weak", Weak, "excitado|excitada|sexualidad"),
        Sexual("es", "sexual.faint", Faint, "caliente|picante"),
        Nudity("es", "nudity", Clear, "desnud*|sin ropa|en pelotas|en bolas|encuerad*|en cueros"),
        Nudity("es", "nudity.underwear", 0.4, "en ropa interior|en lencería|en lenceria|en tanga"),
        Material("es", "material", Clear, "fotos desnuda|fotos desnudas|fotos íntimas|fotos intimas|videos íntimos|vídeos íntimos|contenido explícito|contenido explicito|contenido para adultos|video porno|vídeo porno"),
        Material("es", "material.pack", Context, "tu pack|pásame el pack|pasame el pack|pasa el pack|manda el pack|mándame el pack|mandame el pack|pasen el pack"),
        Code("es", "abuse_code", 0.9, "porno infantil|pedoporno"),
        Code("es", "abuse_code.formal", Clear, "pornografía infantil|pornografia infantil|pornografía de menores|pedopornografía|pedopornografia"),
        Romantic("es", "romantic", Context, "novia|novio|mi novia|mi novio|primera cita|una cita con|cita romántica|besa*|beso*|besarnos|enamorad*|romántic*|romantic*"),
        Romantic("es", "romantic.weak", Weak, "cita|ligar|salir con|pareja|relación|relacion|relaciones"),
        Health("es", "health", Education, "pubertad|educación sexual|educacion sexual|salud sexual|salud reproductiva|anticoncep*|métodos anticonceptivos|condón|condones|preservativo*|infecciones de transmisión sexual|enfermedades de transmisión sexual|transmisión sexual|transmision sexual|las its|las ets|vph|vacuna contra el vph|vacuna del vph|ginecólog*|menstruación|menstruacion|primera regla|partes íntimas|partes intimas|partes privadas"),
        Health("es", "health.weak", Context, "anatomía|anatomia|pediatra"),
        Topic("es", "explotados sexualmente|explotadas sexualmente|abusados sexualmente|abusadas sexualmente|abuso sexual|abusos sexuales|agresión sexual|agresion sexual|agresiones sexuales|acoso sexual|violencia sexual|explotación sexual|explotacion sexual|orientación sexual|orientacion sexual|delitos sexuales"),
        Prevent("es", "prevención del abuso sexual|prevencion del abuso sexual|prevenir el abuso sexual|prevención de la violencia sexual"),

        // ---- French ----
        Sexual("fr", "sexual", Plain, "sexuel|sexuelle|sexuels|sexuelles"),
        Sexual("fr", "sexual.explicit", Strong, "érotique*|erotique*|lubrique|lubriques|faire l amour|excitée sexuellement"),
        Sexual("fr", "sex", 0.6, "sexe", "même|meme|opposé|par|âge et", "féminin|feminin|masculin|opposé|du bébé|du bebe|de l enfant|et âge|et l âge|m|f") with { NotALabel = true },
        Sexual("fr", "sexual.context", Context, "sensuel|sensuelle|sensuels|libertin*|obscène*|obscene*|séduisant*|séduire|séductrice|séducteur|coquine|coquines"),
        Sexual("fr", "sexual.weak", Weak, "coquin|coquins|excitée|excité|cochon|cochonne|osé|osée|osées|baiser|sexualité"),
        Nudity("fr", "nudity", Clear, "toute nue|tout nu|toutes nues|tous nus|complètement nu*|complètement nue|entièrement nu*|à poil|a poil|seins nus|sans vêtements|sans vêtement|sans habits|se mettre nu*"),
        Nudity("fr", "nudity.nue", 0.6, "nue|nues", "à|a|tête|jambe|jambes|main|mains|épaule|épaules|lame|aux|des|murs", "propriété|propriétaire|propriete"),
        Nudity("fr", "nudity.nu", 0.4, "nu|nus", "à|a|pied|pieds|tête|torse|bras|mains|jambes|mur|murs"),
        Nudity("fr", "nudity.undress", 0.6, "déshabill*|deshabill*"),
        Nudity("fr", "nudity.underwear", 0.4, "en sous vêtements|en lingerie|en petite tenue"),
        Material("fr", "material", Clear, "photos nues|photo nue|photos nue|photos de nu|photos intimes|photo intime|vidéos intimes|contenu explicite|contenu pour adultes|film x|films x|vidéo x|vidéos x|classé x|photos cochonnes|film porno|films porno"),
        Code("fr", "abuse_code", 0.9, "porno pédo|pédoporno|pedoporno"),
        Code("fr", "abuse_code.formal", Clear, "pédopornographi*|pedopornographi*|pornographie infantile|pornographie enfantine"),
        Romantic("fr", "romantic", Context, "ma copine|mon copain|petite amie|petit ami|petit copain|petite copine|premier rendez vous|rendez vous galant|rencard|rencart|amoureux|amoureuse|amoureuses|romantique*|embrasser|embrassés|embrassées|draguer|drague"),
        Romantic("fr", "romantic.dating", 0.5, "sortir avec"),
        Romantic("fr", "romantic.weak", Weak, "copine|copain|rendez vous|bisou|bisous|je t embrasse|relation|relations"),
        Health("fr", "health", Education, "puberté|puberte|éducation sexuelle|education sexuelle|éducation à la sexualité|santé sexuelle|santé reproductive|contraception|contraceptif*|préservatif*|preservatif*|les ist|des ist|dépistage des ist|mst|infections sexuellement transmissibles|papillomavirus|vaccin hpv|gynécolog*|menstruation*|premières règles|avoir ses règles|parties intimes"),
        Health("fr", "health.weak", Context, "anatomie|pédiatre|pediatre"),
        Topic("fr", "exploités sexuellement|exploitées sexuellement|abusés sexuellement|abus sexuel*|agression sexuelle|agressions sexuelles|harcèlement sexuel|harcelement sexuel|violence sexuelle|violences sexuelles|exploitation sexuelle|orientation sexuelle|infractions sexuelles|prédateur sexuel|prédateurs sexuels"),
        Prevent("fr", "prévention des violences sexuelles|prévention des abus sexuels|prevention des violences sexuelles|prévenir les abus sexuels|prévenir les violences sexuelles"),

        // ---- German (nouns are capitalised, so the folded forms are the lowercase words) ----
        Sexual("de", "sexual", Plain, "sexuell*"),
        Sexual("de", "sexual.explicit", Strong, "erotisch*|erotik*|versaut|versaute|versauten|versautes|liebe machen|miteinander schlafen|mit mir schlafen"),
        Sexual("de", "sexual.context", Context, "verführerisch*|sinnlich*|schlüpfrig*|anzüglich*|obszön*"),
        Sexual("de", "sexual.weak", 0.3, "geil|geile|geiler|geilen|sexualität"),
        Nudity("de", "nudity", Clear, "nackt|nackte|nackten|nackter|nacktes|nackig|splitternackt|splitterfasernackt|halbnackt|oben ohne|ohne kleidung|ohne klamotten|entkleidet|entblößt|zieh dich aus",
            nextVeto: "wahrheit|zahlen|tatsachen|fakten|auge|augen|beton|wände|wand|zellen"),
        Nudity("de", "nudity.naturism", 0.5, "fkk|nacktheit|nacktbaden"),
        Nudity("de", "nudity.underwear", 0.4, "in unterwäsche|in dessous"),
        Material("de", "material", Strong, "nacktbild*|nacktfoto*|nacktaufnahme*|nacktvideo*|nacktselfie*|sexvideo*|sexfilm*|pornofilm*|erotikfilm*"),
        Material("de", "material.explicit", Clear, "expliziter inhalt|explizite inhalte|explizite bilder|explizite fotos"),
        Code("de", "abuse_code", Strong, "kinderporn*|kipo|kipos"),
        Romantic("de", "romantic", Context, "fester freund|feste freundin|festen freund|verliebt*|küssen|küsse|kuss|geküsst|knutschen|romantisch*|romanze|flirten"),
        Romantic("de", "romantic.weak", Weak, "freundin|beziehung|beziehungen"),
        Health("de", "health", Education, "sexualkunde|sexualerziehung|sexualaufklärung|sexualpädagogik|sexuelle aufklärung|aufklärungsunterricht|pubertät|verhütung|verhütungsmittel|kondom*|pille danach|antibabypille|geschlechtskrankheit*|sexuell übertragbar*|hpv impfung|frauenarzt|frauenärztin|gynäkolog*|menstruation|regelblutung|erste periode|intimbereich|sexuelle gesundheit|körperaufklärung"),
        Health("de", "health.weak", Context, "anatomie|kinderarzt|kinderärztin"),
        Health("de", "health.aufklaerung", 0.4, "aufklärung"),
        Topic("de", "sexuell* missbrauch*|sexuell* gewalt|sexuell* belästigung*|sexuell* übergriff*|sexuell* ausbeutung|sexuell* orientierung|sexualstraftat*|sexualdelikt*|sexualstraftäter*"),
        Prevent("de", "prävention sexuell* gewalt|prävention von sexuell* gewalt|prävention sexuell* missbrauch*|missbrauchsprävention"),

        // ---- Portuguese ----
        Sexual("pt", "sexual", Plain, "sexuais"),
        Sexual("pt", "sexual.explicit", Strong, "tesão|tesao|tesuda|tesudo|fazer amor|transar|transando|transou|transamos"),
        Sexual("pt", "sexual.context", Context, "safada|safado|safadinha|sedutor|sedutora|seduzir|sensualidade"),
        Sexual("pt", "sexual.weak", Weak, "transa|gostosa|sacanagem|sexualidade"),
        Nudity("pt", "nudity", Clear, "sem roupa|sem roupas|nudez|peladinha|tirar a roupa|tira a roupa|tirou a roupa|toda nua|todo nu"),
        Nudity("pt", "nudity.nua", 0.65, "nua|nuas", nextVeto: "e crua|e cruas"),
        Nudity("pt", "nudity.pelado", 0.6, "pelado|pelada|pelados|peladas", "uma|jogar|bater|na|da|de|a|pra|numa|frango", "de"),
        Nudity("pt", "nudity.underwear", 0.4, "de calcinha|de lingerie|de cueca"),
        Material("pt", "material", Clear, "fotos nuas|foto nua|fotos íntimas|fotos intimas|vídeos íntimos|videos intimos|conteúdo adulto|conteudo adulto|conteúdo explícito|conteudo explicito|vídeo pornô|video porno|putaria"),
        Code("pt", "abuse_code", 0.9, "pornô infantil|porno infantil"),
        Code("pt", "abuse_code.formal", Clear, "pornografia infantil|pedopornografia"),
        Romantic("pt", "romantic", Context, "namorada|namorado|namorar|namorando|namoro|beij*|apaixonad*|romântic*|paquer*"),
        Romantic("pt", "romantic.weak", Weak, "encontro|ficar com|relação|relacao|relações|relacoes|relacionamento|relacionamentos"),
        Health("pt", "health", Education, "puberdade|educação sexual|educacao sexual|saúde sexual|saude sexual|saúde reprodutiva|contracepção|contracepcao|contraceptivo*|anticoncepcional|anticoncepcionais|camisinha|infecções sexualmente transmissíveis|doenças sexualmente transmissíveis|doencas sexualmente transmissiveis|vacina do hpv|vacina contra o hpv|ginecologista|menstruação|menstruacao|menarca|partes íntimas|partes intimas"),
        Health("pt", "health.weak", Context, "anatomia"),
        Health("pt", "health.dst", Weak, "dst|dsts"),
        Topic("pt", "explorados sexualmente|exploradas sexualmente|abusados sexualmente|abuso sexual|abusos sexuais|assédio sexual|assedio sexual|violência sexual|violencia sexual|exploração sexual|orientação sexual|crimes sexuais"),
        Prevent("pt", "prevenção do abuso sexual|prevencao do abuso sexual|prevenção da violência sexual"),

        // ---- Italian ----
        Sexual("it", "sexual", Plain, "sessuale|sessuali"),
        Sexual("it", "sexual.explicit", Strong, "arrapat*|fare l amore|fare sesso|lussuri*"),
        Sexual("it", "sex", 0.6, "sesso", "stesso|dello stesso|altro|per|età e", "maschile|femminile|opposto|del bambino|del nascituro|e età|m|f") with { NotALabel = true },
        Sexual("it", "sexual.context", Context, "sensuale|sensuali|seducente|sedurre|seduttiv*|sconcio|sconcia|sconce|sconci|sconcezze"),
        Sexual("it", "sexual.weak", Weak, "eccitato|eccitata|sessualità"),
        Sexual("it", "sexual.faint", Faint, "piccante"),
        Nudity("it", "nudity", Clear, "tutta nuda|tutto nudo|completamente nuda|completamente nudo|senza vestiti|a seno nudo|in topless|spogliata|spogliato|spogliati|spogliate|spogliarsi|spogliarti"),
        Nudity("it", "nudity.nuda", 0.65, "nuda|nudità|nudismo|nudista|nudiste|nudisti", "la", "verità|proprietà|e cruda|roccia|terra"),
        Nudity("it", "nudity.nudi", Context, "nudi", "piedi|mani|braccia|muri", "e crudi"),
        Nudity("it", "nudity.underwear", 0.4, "in mutande|in intimo|in lingerie"),
        Material("it", "material", Clear, "foto nude|foto intime|foto osé|contenuti espliciti|contenuto esplicito|contenuti per adulti|video intimi|video porno"),
        Material("it", "material.hot", Context, "foto hot|video hot|contenuti hot"),
        Code("it", "abuse_code", 0.9, "pedoporno"),
        Code("it", "abuse_code.formal", Clear, "pedopornografi*|pornografia infantile|pornografia minorile"),
        Romantic("it", "romantic", Context, "fidanzata|fidanzato|fidanzati|bacio|baciare|baciarsi|baciato|baciata|innamorat*|romantic*|storia d amore"),
        Romantic("it", "romantic.weak", Weak, "baci|appuntamento|relazione|relazioni"),
        Health("it", "health", Education, "pubertà|educazione sessuale|educazione affettiva|educazione all affettività|salute sessuale|salute riproduttiva|contraccezione|contraccettiv*|profilattico|profilattici|malattie sessualmente trasmissibili|infezioni sessualmente trasmissibili|mst|vaccino hpv|vaccino contro l hpv|ginecolog*|mestruazioni|ciclo mestruale|parti intime"),
        Health("it", "health.weak", Context, "anatomia|pediatra"),
        Topic("it", "sfruttati sessualmente|sfruttate sessualmente|abusati sessualmente|abuso sessuale|abusi sessuali|violenza sessuale|violenze sessuali|molestie sessuali|molestia sessuale|sfruttamento sessuale|orientamento sessuale|reati sessuali"),
        Prevent("it", "prevenzione degli abusi|prevenzione della violenza sessuale|prevenzione degli abusi sessuali"),

        // ---- Russian ----
        Sexual("ru", "sexual", Plain, "сексуальн*|секс|секса|сексом|сексе|сексапильн*"),
        Sexual("ru", "sexual.explicit", Strong, "эротич*|эротик*|похот*|заняться сексом|заниматься сексом|заниматься любовью|заняться любовью"),
        Sexual("ru", "sexual.context", Context, "разврат*|непристойн*|чувственн*|соблазнительн*|интим"),
        Sexual("ru", "sexual.weak", Weak, "пошлый|пошлая|пошлые|пошлое|пошлость|пошлости|откровенн*"),
        Nudity("ru", "nudity", Clear, "голый|голая|голое|голые|голого|голой|голым|голую|голышом|нагишом|нагая|нагой|обнажённ*|обнажен*|раздет*|раздевайся|разденься|без одежды",
            nextVeto: "правда|правду|стены|стена|стен|факты|цифры|земля|земле|провод|провода|скалы|ветки|деревья|меч|мечом|клинок|нервы|нерв"),
        Nudity("ru", "nudity.weak", Weak, "ню|в нижнем белье"),
        Material("ru", "material", Strong, "порно|порнух*|порнограф*|порнушк*|нюдсы|нюдсов|нюдс|нюдес|голые фото|голые фотки|голое фото|обнажённые фото|обнаженные фото|интимные фото|интимные фотки|интимное фото|интим фото|откровенные фото|откровенные фотки|эротические фото|секс видео"),
        Code("ru", "abuse_code", Strong, "детск* порн*|лоликон|шотакон|цп ссылки|цп видео|цп фото|цп контент|цп архив|продам цп|купить цп"),
        Code("ru", "abuse_code.weak", 0.3, "цп|лоли"),
        Romantic("ru", "romantic", Context, "моя девушка|мою девушку|моей девушкой|моей девушке|есть девушка|мой парень|моего парня|моим парнем|есть парень|поцелу*|целова*|целуй*|влюб*|романтич*|флирт*"),
        Romantic("ru", "romantic.date", Context, "свидани*", "до"),
        Romantic("ru", "romantic.weak", Weak, "отношени*"),
        Health("ru", "health", Education, "полов* воспитани*|полов* просвещени*|полов* созревани*|сексуальн* просвещени*|сексуальн* воспитани*|сексуальн* здоров*|репродуктивн* здоров*|пубертат*|контрацепц*|контрацептив*|презерватив*|половым путём|половым путем|впч|вакцина от впч|гинеколог*|менструац*|месячные|месячных|половая зрелость|урок здоровья"),
        Health("ru", "health.weak", Context, "анатоми*|педиатр*|половые органы|интимные места"),
        Topic("ru", "сексуальн* насили*|сексуальн* домогательств*|домогательств*|сексуальн* эксплуатаци*|сексуальн* ориентаци*|половая неприкосновенность|половой неприкосновенности|изнасилован*"),
        Prevent("ru", "профилактика насилия|профилактик* сексуальн* насили*|профилактик* насили*"),

        // ---- Chinese (simplified; Han words shared with Japanese fire both rules) ----
        Sexual("zh", "sexual", Strong, "色情|情色|做爱|淫秽|淫荡|淫乱|淫欲|床戏|性交", "叫|称|看|当|表|心|激", "情|心|国|护|好|人"),
        Sexual("zh", "sexual.sei", Plain, "性感|性爱|性场景|性爱场景|性描写|性关系|发生关系", HanBeforeSei, "染|冒"),
        Sexual("zh", "sexual.context", Context, "色色|涩涩|挑逗|性暗示|性行为"),
        Sexual("zh", "sexual.weak", Weak, "骚|瑟瑟|诱惑", "牢|离", "扰|动|乱|发"),
        Sexual("zh", "sexual.faint", Faint, "黄色"),
        Nudity("zh", "nudity", Clear, "裸体|全裸|赤身裸体|一丝不挂|光着身子|没穿衣服|不穿衣服|脱光|脱光衣服"),
        Nudity("zh", "nudity.luo", 0.6, "裸|半裸", "赤|裸", HadakaNotNudity),
        Material("zh", "material", Strong, "色情片|色情视频|色情图片|色情网站|色情内容|色情小说|黄片|黄图|黄色视频|黄色网站|黄色小说|小黄文|小黄片|成人视频|成人片|成人网站|裸照|艳照|不雅照|a片|av女优"),
        Material("zh", "material.weak", Context, "毛片"),
        Code("zh", "abuse_code", Strong, "儿童色情|幼童色情|萝莉控|正太控"),
        Code("zh", "abuse_code.weak", 0.3, "幼女|萝莉|正太"),
        Romantic("zh", "romantic", Context, "女朋友|男朋友|女友|男友|约会|接吻|亲吻|恋爱|谈恋爱|恋人|浪漫|表白|暧昧"),
        Health("zh", "health", Education, "性教育|青春期|生理卫生|健康教育|避孕|避孕套|安全套|避孕药|性病|性传播疾病|性传播感染|hpv疫苗|宫颈癌疫苗|妇科|月经|例假|生理期|隐私部位|身体安全|性健康|生殖健康|安全性行为"),
        Health("zh", "health.weak", Context, "解剖|儿科"),
        Topic("zh", "性侵|性侵害|性骚扰|性暴力|性剥削|性犯罪|性取向|猥亵"),
        Prevent("zh", "防性侵|预防性侵|防止性侵|防范性侵"),

        // ---- Japanese (katakana words are vetoed inside longer katakana words) ----
        Sexual("ja", "sexual", Strong, "エロ|エッチ|セックス|セクシー|エロティック|エロティシズム", Katakana, Katakana),
        Sexual("ja", "sexual.hiragana", Strong, "えろい|えっち|卑猥|猥褻|淫ら|淫乱|淫靡|欲情|濡れ場|官能小説|官能的|夜の営み"),
        Sexual("ja", "sexual.seiteki", 0.7, "性的|性行為") with { NotAfterHan = true },
        Sexual("ja", "sexual.context", Context, "色っぽい|発情|わいせつ|h な|hな"),
        Sexual("ja", "sexual.kannou", Context, "官能", nextVeto: "評|検|基"),
        Nudity("ja", "nudity", Clear, "全裸|素っ裸|真っ裸|すっぽんぽん|服を脱いで|服を脱ぐ"),
        Nudity("ja", "nudity.nude", Clear, "ヌード", Katakana, Katakana),
        Nudity("ja", "nudity.hadaka", 0.6, "裸|半裸", "赤|丸|裸", HadakaNotNudity),
        Nudity("ja", "nudity.underwear", 0.4, "下着姿|下着で"),
        Material("ja", "material", Strong, "ポルノ|ポルノグラフィ|ポルノグラフィー|エロ動画|エロ画像|エロ本|エロ漫画|エロ同人|エロゲ|エロゲー|エロゲーム|エロアニメ|エロサイト|アダルト動画|アダルトビデオ|アダルトサイト|av女優|ヌード写真|ヌード画像|裸の写真|裸の画像|裸写真", Katakana, Katakana),
        Material("ja", "material.context", Context, "無修正|成人向け"),
        Code("ja", "abuse_code", Strong, "児童ポルノ|児ポ|ロリコン|ショタコン", Katakana, Katakana),
        Code("ja", "abuse_code.weak", 0.3, "ロリ|ショタ", Katakana, Katakana),
        Romantic("ja", "romantic", Context, "彼氏|恋人|恋愛|付き合って|付き合う|告白", nextVeto: "者"),
        Romantic("ja", "romantic.katakana", Context, "デート|キス", Katakana, Katakana),
        Romantic("ja", "romantic.weak", Weak, "彼女"),
        Health("ja", "health", Education, "性教育|思春期|保健体育|保健の授業|避妊|避妊具|コンドーム|性感染症|性病|hpvワクチン|子宮頸がんワクチン|婦人科|産婦人科|月経|初潮|生理痛|生理用品|生理が来|生理中|プライベートゾーン|性の健康|性的同意|同意教育"),
        Health("ja", "health.weak", Context, "解剖|小児科"),
        Health("ja", "health.seiri", 0.4, "生理"),
        Topic("ja", "性暴力|性的虐待|性被害|セクハラ|性犯罪|強制わいせつ|わいせつ罪|性的指向|痴漢"),
        Prevent("ja", "性暴力防止|性被害防止|性被害を防"),
    ];

    private static SexualRuleSpec Rule(SexualIndicatorKind kind, string language, string name, double confidence, string pattern, string? prevVeto, string? nextVeto) =>
        new($"sexual.{language}.{name}", language, kind, confidence, pattern) { PrevVeto = prevVeto, NextVeto = nextVeto };

    private static SexualRuleSpec Sexual(string language, string name, double confidence, string pattern, string? prevVeto = null, string? nextVeto = null) =>
        Rule(SexualIndicatorKind.Sexual, language, name, confidence, pattern, prevVeto, nextVeto);

    private static SexualRuleSpec Nudity(string language, string name, double confidence, string pattern, string? prevVeto = null, string? nextVeto = null) =>
        Rule(SexualIndicatorKind.Nudity, language, name, confidence, pattern, prevVeto, nextVeto);

    private static SexualRuleSpec Material(string language, string name, double confidence, string pattern, string? prevVeto = null, string? nextVeto = null) =>
        Rule(SexualIndicatorKind.Material, language, name, confidence, pattern, prevVeto, nextVeto);

    private static SexualRuleSpec Code(string language, string name, double confidence, string pattern, string? prevVeto = null, string? nextVeto = null) =>
        Rule(AbuseMaterialCode, language, name, confidence, pattern, prevVeto, nextVeto);

    private static SexualRuleSpec Romantic(string language, string name, double confidence, string pattern, string? prevVeto = null, string? nextVeto = null) =>
        Rule(SexualIndicatorKind.Romantic, language, name, confidence, pattern, prevVeto, nextVeto);

    private static SexualRuleSpec Health(string language, string name, double confidence, string pattern, string? prevVeto = null, string? nextVeto = null) =>
        Rule(HealthOrEducation, language, name, confidence, pattern, prevVeto, nextVeto);

    /// <summary>An abuse or identity topic: reported as <see cref="HealthOrEducation"/> below Likely, so the sexual word inside it is not read as content.</summary>
    private static SexualRuleSpec Topic(string language, string pattern) => Rule(HealthOrEducation, language, "topic", AbuseTopic, pattern, null, null);

    private static SexualRuleSpec Prevent(string language, string pattern) => Rule(HealthOrEducation, language, "prevention", Prevention, pattern, null, null);
}
