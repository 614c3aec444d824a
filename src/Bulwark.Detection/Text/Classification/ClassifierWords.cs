using Bulwark.Detection.Text.Normalisation;
using Bulwark.Detection.Text.Signals;
using Bulwark.Detection.Text.Signals.Phrases;

namespace Bulwark.Detection.Text.Classification;

/// <summary>
/// Words that matter only in combination, so they belong to the classifier rather than to a signal of their own:
/// <list type="bullet">
/// <item><b>young persons</b>: kin and school words that often, but not always, name a minor ("my niece",
/// "classmate", "sobrina", "Mitschülerin", "одноклассница", "同学", "同級生"). The minor indicators leave them out because
/// adults are daughters and students too; the scorer counts them where the act itself targets real young people
/// (undressing a classmate's photo, grooming a niece), never to sexualise.</item>
/// <item><b>attraction</b>: words of desire that are unremarkable about adults and sexualising about children ("hot",
/// "turns me on", "gostosa", "heißesten", "诱人", "そそる"). They are <see cref="SexualIndicatorKind.Sexual"/> cues of
/// modest confidence, so they count only next to a minor.</item>
/// <item><b>imagery</b>: words for pictures and videos as things to have ("pics", "videos", "fotos", "照片"), which make
/// trading "pics of underage girls" an acquisition without a sexual word.</item>
/// <item><b>audience, coercion, persuasion, seclusion</b>: the people an exposure threat names ("your whole school"),
/// coercion named as an aim ("threaten", "erpressen"), getting someone to do something ("how do I get … to") and being
/// alone or secret ("alone with me", "наедине"). Alone each is everyday language; the scorer uses them only in
/// combinations that describe sextortion or grooming.</item>
/// </list>
/// </summary>
internal static class ClassifierWords
{
    private const int Sexual = (int)SexualIndicatorKind.Sexual;

    private static readonly WordSpec[] Rules =
    [
        Young("en", "niece|nieces|nephew|nephews|stepdaughter|stepson|daughter|daughters|son|sons|little sister|little brother|" +
            "classmate|classmates|schoolmate|schoolmates|student|students|pupil|pupils|babysitter", nextVeto: "in law|in-law|of a|of the|of god"),
        Young("es", "sobrina|sobrino|hijastra|hijastro|hija|hijo|hermanita|hermanito|compañera de clase|compañero de clase|compañeras de clase|alumna|alumno|alumnas|alumnos|estudiante|estudiantes"),
        Young("fr", "nièce|neveu|ma fille|mon fils|belle fille|petite sœur|petite soeur|petit frère|camarade de classe|camarades de classe|élève|élèves"),
        Young("de", "nichte|neffe|stieftochter|stiefsohn|tochter|sohn|kleine schwester|kleiner bruder|mitschülerin|mitschüler|schülerin|schüler"),
        Young("pt", "sobrinha|sobrinho|enteada|enteado|filha|filho|irmãzinha|irmãozinho|colega de classe|colega de turma|colega de sala|aluna|aluno|alunas|alunos"),
        Young("it", "nipote|figliastra|figliastro|figlia|figlio|sorellina|fratellino|compagna di classe|compagno di classe|alunna|alunno|studentessa|studentesse"),
        Young("ru", "племянниц*|племянник*|падчериц*|пасын*|дочь|дочка|дочку|дочери|сын|сына|сестрёнк*|сестренк*|братик*|одноклассниц*|одноклассник*|ученица|ученицу|ученик|ученика"),
        Young("zh", "侄女|外甥女|继女|女儿|儿子|同学|女同学|学生|妹妹|弟弟"),
        Young("ja", "姪|甥|娘|息子|同級生|クラスメイト|生徒|妹|弟"),

        Imagery("en", "profile picture|profile pic|profile photo|yearbook photo|school photo|profilbild|profilfoto|foto de perfil|photo de profil|foto profilo|foto do perfil|аватар|аватарку|头像|プロフィール画像|pic|pics|picture|pictures|photo|photos|video|videos|vids|images|content|folder|folders|collection|collections|material|files|links"),
        Imagery("es", "foto|fotos|video|videos|vídeos|imágenes|imagenes|contenido|material|colección|carpetas|enlaces"),
        Imagery("fr", "photo|photos|vidéo|vidéos|video|videos|images|contenu|contenus|collection|dossiers|liens"),
        Imagery("de", "foto|fotos|bild|bilder|video|videos|inhalte|material|sammlung|ordner|links"),
        Imagery("pt", "foto|fotos|vídeo|vídeos|video|videos|imagens|conteúdo|conteudo|material|coleção|colecao|pastas|links"),
        Imagery("it", "foto|video|immagini|contenuti|materiale|collezione|cartelle|link"),
        Imagery("ru", "фото|фотки|фотк*|видео|картинк*|контент|материал*|коллекци*|ссылк*"),
        Imagery("zh", "照片|图片|视频|资源|影片|合集"),
        Imagery("ja", "写真|画像|動画|映像|素材"),

        Word("audience.en", "en", SignalFamily.Audience, "your parents|your mom|your mum|your dad|your mother|your father|your family|your school|your whole school|your class|your whole class|your friends|your teachers|your followers|your classmates|everyone|every1|everybody|the whole school|ur parents|ur mom|ur mum|ur dad|ur school|ur friends|ur contacts|your contacts|all your contacts|in ur contacts|his school|her school|his whole school|her whole school|his class|her class|his parents|her parents|his friends|her friends|his team|team chat|his classmates|her classmates"),
        Word("audience.es", "es", SignalFamily.Audience, "tus padres|tu mamá|tu mama|tu papá|tu papa|tu familia|tu colegio|tu escuela|todo tu colegio|toda tu clase|tus amigos|tus profesores|tus seguidores|todos|todo el mundo|tu instituto|tu clase|tu cole|tu insti|tus compañeros|sus padres|su escuela|su colegio|su clase|tus papas|a tus papas"),
        Word("audience.fr", "fr", SignalFamily.Audience, "tes parents|ta mère|ta mere|ton père|ton pere|ta famille|ton collège|ton college|ton lycée|ton école|toute ta classe|tout ton collège|tes amis|tes profs|tout le monde|ta classe|ton bahut|tes camarades"),
        Word("audience.de", "de", SignalFamily.Audience, "deine eltern|deinen eltern|deiner mutter|deinem vater|deine mutter|deine familie|deiner familie|deine schule|deiner schule|deiner ganzen klasse|deine klasse|deine freunde|deinen freunden|alle|deiner klasse|gruppe deiner|klassengruppe|klassenchat|seine klassenkameraden|ihre klassenkameraden|seine eltern|ihre eltern|deine ganze klasse|deine ganze schule"),
        Word("audience.pt", "pt", SignalFamily.Audience, "seus pais|pros seus pais|sua mãe|sua mae|seu pai|sua família|sua familia|sua escola|escola inteira|sua turma|seus amigos|todo mundo|todos|sua sala|grupo da sua turma|grupo da escola|seus colegas|teu pai|tua mãe|tua mae|teus pais|pro teu pai|pra tua mãe|tua escola"),
        Word("audience.it", "it", SignalFamily.Audience, "i tuoi genitori|ai tuoi genitori|tua madre|tuo padre|la tua famiglia|tutta la scuola|la tua scuola|tutta la classe|i tuoi amici|tutti|della tua classe|gruppo della tua classe|tua classe|i tuoi compagni|social della scuola|i suoi genitori|la sua scuola|la sua classe"),
        Word("audience.ru", "ru", SignalFamily.Audience, "родител*|маме|папе|всей школе|всему классу|одноклассник*|друзьям|все увидят|твоему классу|твоим одноклассникам|чат класса|в школе|вся школа|весь класс|твои родители|твоя мама|твой папа"),
        Word("audience.zh", "zh", SignalFamily.Audience, "你爸妈|你父母|你家人|你全班|全班同学|你同学|你老师|所有人|大家|班级群|你们班|你的学校"),
        Word("audience.ja", "ja", SignalFamily.Audience, "親に|両親に|学校中|クラス中|友達に|みんなに|家族に|クラスのグループ|クラスライン|グループライン|学校の|学校に|学校|親|クラス"),
        Word("coercion.en", "en", SignalFamily.Coercion, "threaten|threatening|blackmail|blackmailing|extort|extorting|keep sending|force her|force him|scare her into|scare him into|pressure her|pressure him|threat|a threat|word a threat"),
        Word("coercion.es", "es", SignalFamily.Coercion, "amenazar|amenazarla|amenazarlo|chantajear|chantajearla|extorsionar|obligarla|obligarlo|siga mandando|siga enviando"),
        Word("coercion.fr", "fr", SignalFamily.Coercion, "menacer|la menacer|le menacer|faire chanter|forcer|continuer à m envoyer|continue à m envoyer"),
        Word("coercion.de", "de", SignalFamily.Coercion, "erpressen|drohen|bedrohen|zwingen|unter druck setzen|weiter schickt|weiterhin schickt|drohe|droh"),
        Word("coercion.pt", "pt", SignalFamily.Coercion, "ameaçar|ameaço|ameacar|chantagear|forçar|forcar|continuar me mandando|continue me mandando"),
        Word("coercion.it", "it", SignalFamily.Coercion, "minacciare|minaccio|ricattare|costringere|continuare a mandarmi|continui a mandarmi|minacciando"),
        Word("coercion.ru", "ru", SignalFamily.Coercion, "угрожать|пригрозить|шантажировать|заставить|продолжала присылать|продолжал присылать"),
        Word("coercion.zh", "zh", SignalFamily.Coercion, "威胁|勒索|逼她|逼他|要挟|继续给我发"),
        Word("coercion.ja", "ja", SignalFamily.Coercion, "脅す|脅して|脅迫|ゆする|送り続け"),
        Word("persuasion.en", "en", SignalFamily.Persuasion, "how can i get|how do i get|how to get|how can i make|how do i make|how to make|get her to|get him to|convince|persuade|talk her into|talk him into|make her trust|make him trust|to get a|what gifts|which gifts|best gifts|help me write messages|write me a profile|make him feel|make her feel|arrange to meet|make me sound like"),
        Word("persuasion.es", "es", SignalFamily.Persuasion, "cómo hago para que|como hago para que|cómo consigo que|como consigo que|convencer|convencerla|convencerlo|persuadir"),
        Word("persuasion.fr", "fr", SignalFamily.Persuasion, "comment faire pour que|comment convaincre|convaincre|persuader|amener|comment lui proposer|lui proposer"),
        Word("persuasion.de", "de", SignalFamily.Persuasion, "wie bringe ich|dazu bringen|überreden|ueberreden|überzeugen|auszugeben|als dreizehnjähriger|als zwölfjähriger|als vierzehnjähriger"),
        Word("persuasion.pt", "pt", SignalFamily.Persuasion, "como faço para|como faço pra|como convencer|convencer|persuadir"),
        Word("persuasion.it", "it", SignalFamily.Persuasion, "come faccio a|come convincere|convincere|persuadere|che regali|come convinco|convinco"),
        Word("persuasion.ru", "ru", SignalFamily.Persuasion, "как уговорить|уговорить|как заставить|как убедить|убедить"),
        Word("persuasion.zh", "zh", SignalFamily.Persuasion, "怎么让|如何让|怎样让|说服|哄"),
        Word("persuasion.ja", "ja", SignalFamily.Persuasion, "どうやって|説得|させるには|させる方法|どう誘え|誘い方|誘うには"),
        Word("seclusion.en", "en", SignalFamily.Seclusion, "alone with me|meet me alone|keep secrets from|secret from her parents|secret from his parents|secret from their parents|without her parents knowing|without his parents knowing|behind her parents|behind his parents|trust me more|to trust me|trust me more|keep quiet|stay quiet|parents don t find out|parents won t find out|without anyone knowing|without her parents|without his parents|without their parents|parents finding out|parents find out|parents don t know|parents won t know|not to tell her parents|not to tell his parents|only adult who understands|only one who understands|feel special|a special secret|somewhere quiet"),
        Word("seclusion.es", "es", SignalFamily.Seclusion, "a solas conmigo|sola conmigo|solo conmigo|sin que sus padres sepan|a espaldas de sus padres|secretos a sus padres|confíe en mí|confie en mi|no diga nada|sin que nadie se entere|sin que sus padres|sin que los padres|no debe contar|secreto especial|lo nuestro es un secreto"),
        Word("seclusion.fr", "fr", SignalFamily.Seclusion, "sans que ses parents|sans que tes parents|venir chez moi|seule avec moi|seul avec moi|sans que ses parents sachent|dans le dos de ses parents|cacher à ses parents|sans que les parents|à l insu de|notre secret|seule chez moi|seul chez moi|se doutent"),
        Word("seclusion.de", "de", SignalFamily.Seclusion, "allein mit mir|alleine mit mir|ohne dass seine eltern|ohne dass ihre eltern|vor seinen eltern geheim|vor ihren eltern geheim|ohne dass die eltern|eltern nichts merken|das vertrauen|vertrauen eines"),
        Word("seclusion.pt", "pt", SignalFamily.Seclusion, "sozinha comigo|sozinho comigo|sem os pais saberem|escondido dos pais|segredo dos pais|sem que os pais|sem os pais perceberem|os pais percebam"),
        Word("seclusion.it", "it", SignalFamily.Seclusion, "da sola con me|da solo con me|senza che i genitori|di nascosto dai genitori|segreto ai genitori|senza che i genitori|si senta in debito|in debito"),
        Word("seclusion.ru", "ru", SignalFamily.Seclusion, "наедине со мной|наедине|втайне от родителей|тайком от родителей|мне доверял*|ничего не рассказ*|никому не рассказ*|чтобы родители не узнали|не рассказывала родителям|поверила что"),
        Word("seclusion.zh", "zh", SignalFamily.Seclusion, "单独见面|单独和我|瞒着父母|瞒着爸妈|背着父母|不让父母知道|别让父母知道|信任我|不要告诉他的父母|不要告诉她的父母|不让父母知道|关系很特别|很特别"),
        Word("seclusion.ja", "ja", SignalFamily.Seclusion, "二人きりで|親に内緒で|親には内緒|バレないように|親にバレ|誰にも言わない"),

        Word("their_images.en", "en", SignalFamily.TheirImages, "your photos|your pics|your pictures|your nudes|your videos|your video|your pic|your photo|your selfies|ur pics|ur nudes|ur photos|ur noodz|ur noods|your noodz|your noods|ur nudez|ur vids|her pictures|his pictures|her photos|his photos|her nudes|his nudes|her pics|his pics|saved her pictures|the first one|private photo|private photos|intimate pictures|n des|her n des"),
        Word("their_images.es", "es", SignalFamily.TheirImages, "tus fotos|tus nudes|tus videos|tus vídeos|tus fotos íntimas|tus packs"),
        Word("their_images.fr", "fr", SignalFamily.TheirImages, "tes photos|tes nudes|tes vidéos|tes videos|tes photos intimes"),
        Word("their_images.de", "de", SignalFamily.TheirImages, "deine bilder|deine fotos|deine nacktbilder|deine nacktfotos|deine videos|deine nudes|private bilder|ihre bilder|seine bilder"),
        Word("their_images.pt", "pt", SignalFamily.TheirImages, "suas fotos|seus nudes|seus vídeos|seus videos|tuas fotos|teus nudes|fotos que vc me mandou|fotos que você me mandou|tuas fotos|teus vídeos"),
        Word("their_images.it", "it", SignalFamily.TheirImages, "le tue foto|i tuoi video|le tue foto nude|i tuoi nudes|foto private|le sue foto"),
        Word("their_images.ru", "ru", SignalFamily.TheirImages, "твои фото|твои фотки|твои голые фото|твои видео|твои нюдсы|твои интимные фото|твои интимки|твои интимные|твои нюдсы|твои фотки"),
        Word("their_images.zh", "zh", SignalFamily.TheirImages, "你的照片|你的裸照|你的视频|你的私密照"),
        Word("their_images.ja", "ja", SignalFamily.TheirImages, "君の写真|あなたの写真|お前の写真|君の画像|お前の画像|裸の写真"),
        Word("consent_age", "en", SignalFamily.Sexual, "age of consent|edad de consentimiento|âge du consentement|age du consentement|majorité sexuelle|schutzalter|idade de consentimento|età del consenso|возраст согласия|возраста согласия|性同意年龄|同意年龄|同意年齢") with { Kind = (int)SexualIndicatorKind.Romantic, Confidence = 0.6 },
        Word("conditional", "en", SignalFamily.Conditional, "or|or else|otherwise|unless|if you don t|if you dont|if u don t|if u dont|if he doesn t|if she doesn t|if he doesnt|if she doesnt|what happens if|falls er nicht|falls sie nicht|либо|если не|なかったら|たくなかったら|" +
            "o|o si no|si no|sino|sinon|ou sinon|sonst|oder|senão|senao|ou|se não|se nao|altrimenti|se non|или|иначе|если не|否则|不然|要不然|ないと|なければ|しないと|しなきゃ"),
        Word("exposure", "en", SignalFamily.Exposure, "post|posting|publish|leak|leaking|share them|send them to|show|showing|upload|spread|tag|tagging|sieht|sehen|verá|verra|vedrà|vedranno|go to|goes to|vou mandar|mandar tudo|увидит|увидят|ばらされ|ばらす|" +
            "publico|publicar|enseño|enseñar|mostrar|subo|subir|mando a|envío a|publier|publie|montrer|montre|envoyer à|envoie à|balancer|balance|" +
            "veröffentliche|veröffentlichen|zeige|zeigen|schicke an|poste|landen|postar|posto|mostro|mando pra|vazar|vazo|espalho|pubblico|pubblicare|faccio vedere|mando a|" +
            "выложу|выложить|покажу|показать|разошлю|опубликую|отправлю|发给|发到|公开|曝光|传到|流す|晒す|ばらまく|見せる|送る"),
        Word("safeguarding.en", "en", SignalFamily.Safeguarding, "can be dangerous|is dangerous|are dangerous|dangers of|risks of|warning signs|how to protect|how do i protect|keep them safe|keep kids safe|stay safe|staying safe|online safety|internet safety|prevention|safeguarding|assembly|lesson on|lesson about|workshop on|talk for students|what to do if|how do i talk to him|how do i talk to her|how do i talk to my|how should i talk to|the word|the term|the phrase|keeps seeing|keep seeing|our trust and safety|our moderation team|our moderators|in profile bios|how should we handle|how do we handle"),
        Word("safeguarding.es", "es", SignalFamily.Safeguarding, "es peligroso|peligros de|riesgos de|señales de alerta|cómo proteger|como proteger|seguridad en internet|prevención|prevencion|charla para|taller sobre|clase sobre"),
        Word("safeguarding.fr", "fr", SignalFamily.Safeguarding, "est dangereux|dangers de|risques de|signes d alerte|comment protéger|sécurité en ligne|prévention|atelier sur|cours sur|intervention en classe"),
        Word("safeguarding.de", "de", SignalFamily.Safeguarding, "ist gefährlich|gefahren von|risiken von|warnzeichen|wie schütze ich|sicherheit im internet|prävention|unterrichtsstunde|workshop zu|vortrag für"),
        Word("safeguarding.pt", "pt", SignalFamily.Safeguarding, "é perigoso|perigos de|riscos de|sinais de alerta|como proteger|segurança na internet|prevenção|prevencao|palestra para|oficina sobre|aula sobre"),
        Word("safeguarding.it", "it", SignalFamily.Safeguarding, "è pericoloso|pericoli di|rischi di|segnali d allarme|come proteggere|sicurezza online|prevenzione|lezione su|incontro per|laboratorio su"),
        Word("safeguarding.ru", "ru", SignalFamily.Safeguarding, "опасно|опасности|риски|тревожные признаки|как защитить|безопасность в интернете|профилактика|урок о|классный час|беседа для"),
        Word("safeguarding.zh", "zh", SignalFamily.Safeguarding, "很危险|危害|风险|预警信号|如何保护|怎么保护|网络安全|预防|班会|讲座"),
        Word("safeguarding.ja", "ja", SignalFamily.Safeguarding, "危険|リスク|危険なサイン|守る|ネットの安全|予防|授業|講演|講座"),
        // Ambiguous code words ("cp" is also a shell command, "pedo" a Spanish fart) that count only next to a request to get them.
        // German and Russian ages written as one word ("Zwölfjährige", "двенадцатилетний"), which the number grammar does not split.
        new("age.de.compound", "de", SignalFamily.Minor, (int)MinorIndicatorKind.Age, 0.9,
            "einjährig*|zweijährig*|dreijährig*|vierjährig*|fünfjährig*|sechsjährig*|siebenjährig*|achtjährig*|neunjährig*|zehnjährig*|elfjährig*|zwölfjährig*|dreizehnjährig*|vierzehnjährig*|fünfzehnjährig*|sechzehnjährig*|siebzehnjährig*"),
        new("age.ru.compound", "ru", SignalFamily.Minor, (int)MinorIndicatorKind.Age, 0.9,
            "годовал*|двухлетн*|трёхлетн*|трехлетн*|четырёхлетн*|четырехлетн*|пятилетн*|шестилетн*|семилетн*|восьмилетн*|девятилетн*|десятилетн*|одиннадцатилетн*|двенадцатилетн*|тринадцатилетн*|четырнадцатилетн*|пятнадцатилетн*|шестнадцатилетн*|семнадцатилетн*"),
        new("age.it.compound", "it", SignalFamily.Minor, (int)MinorIndicatorKind.Age, 0.9,
            "novenne|decenne|undicenne|dodicenne|tredicenne|quattordicenne|quindicenne|sedicenne|diciassettenne|novenni|decenni|undicenni|dodicenni|tredicenni|quattordicenni|quindicenni|sedicenni|diciassettenni"),
        new("sexual.zh.pinyin", "zh", SignalFamily.Sexual, (int)SexualIndicatorKind.Sexual, 0.8, "se情|瑟情|涩情|色q|seqing|h文|黄文"),

        // Grooming behaviours the contact table does not word this way: flattery as older, secrets from parents,
        // gifts, meetings and pictures asked of the child.
        Contact("en", ContactCueKind.Isolation, 0.7, "so mature for|ur so mature|mature for 12|mature for 13|mature for 14|more mature than|not like other girls|not like the other girls|way more than girls"),
        Contact("it", ContactCueKind.Isolation, 0.7, "sei speciale|non come le altre|più matura|piu matura"),
        Contact("fr", ContactCueKind.Isolation, 0.7, "pas comme les autres|si mature|tellement mature"),
        Contact("de", ContactCueKind.Isolation, 0.7, "nicht wie die anderen|so reif|viel reifer"),
        Contact("pt", ContactCueKind.Isolation, 0.7, "diferente das outras|tão madura|tao madura|mais madura"),
        Contact("es", ContactCueKind.Isolation, 0.7, "no como las demás|no como las demas|tan madura|más madura|mas madura"),
        Contact("ru", ContactCueKind.Isolation, 0.7, "не такая как все|особенная|такая взрослая"),
        Contact("zh", ContactCueKind.Isolation, 0.7, "最特别的|不像其他|好成熟"),
        Contact("ja", ContactCueKind.Isolation, 0.7, "特別な|大人っぽい|他の子と違う"),
        Contact("en", ContactCueKind.Secrecy, 0.75, "just between us|keep our chats|delete our chats|delete our messages|delete this chat|don t tell ur|dont tell ur|don t tell your|our little secret"),
        Contact("it", ContactCueKind.Secrecy, 0.75, "non dirlo ai tuoi|non dirlo a nessuno|cancella la chat|il nostro segreto"),
        Contact("de", ContactCueKind.Secrecy, 0.75, "keinem was sagst|keinem was sagen|niemandem was sagen|lösch den chat|unser geheimnis"),
        Contact("pt", ContactCueKind.Secrecy, 0.75, "apagar nossas mensagens|apaga nossas mensagens|não conta pra|nao conta pra|não contar pra|nao contar pra"),
        Contact("zh", ContactCueKind.Secrecy, 0.75, "别让爸妈知道|不要让爸妈知道|聊天记录要删掉|删掉聊天记录|别告诉别人"),
        Contact("ja", ContactCueKind.Secrecy, 0.75, "ママには内緒|パパには内緒|内緒ね|誰にも言っちゃだめ"),
        Contact("en", ContactCueKind.Gifts, 0.6, "i ll send you a|new phone|buy you a|get you a"),
        Contact("de", ContactCueKind.Gifts, 0.6, "ich schick dir das|das neue handy|ein neues handy|kauf dir"),
        Contact("pt", ContactCueKind.Gifts, 0.6, "te dou|vou te dar|créditos no|creditos no"),
        Contact("ja", ContactCueKind.Gifts, 0.6, "プレゼント持って|買ってあげ"),
        Contact("it", ContactCueKind.Meeting, 0.65, "ci vediamo|vediamoci"),
        Contact("ja", ContactCueKind.Meeting, 0.65, "駅で会おう|会おう|会える"),
        Contact("fr", ContactCueKind.Meeting, 0.65, "venir chez moi|viens chez moi|on se voit"),
        Contact("de", ContactCueKind.ImageRequest, 0.7, "ein foto von dir|ein bild von dir|foto von dir schickst"),
        Contact("en", ContactCueKind.ImageRequest, 0.7, "a photo of you|a pic of you|pics of you"),

        // Japanese slang for schoolgirls ("JC", "JS", "JK"), only when Japanese follows: alone they are "JavaScript" or "just kidding".
        new("stage.ja.jc_js", "ja", SignalFamily.Minor, (int)MinorIndicatorKind.LifeStage, 0.8,
            "jc の|jc が|jc と|jc に|jc を|jc は|jc 画像|jc 動画|js の|js が|js と|js に|js を|js は|js 画像|jk の|jk が|jk と|jk に|jk を|jk は|jk 画像"),
        // Asking a model to rate, rank or explain: with a sexual word and a minor, a request for sexualising content.
        new("intent.rate", "en", SignalFamily.Intent, (int)IntentKind.Generate, 0.6,
            "rate|rank|rating|ranking|説明して|評価して|選んで|ランク付け|解説して|califica|clasifica|note|classe|bewerte|ranke|avalie|classifique|valuta|classifica|оцени|составь рейтинг|评价|排名|打分|объясни|explain at what age|explica|explique|erkläre|spiega"),

        // Words that make pictures of minors something to hide: they count only with a request to get or trade them.
        new("explicitness", "en", SignalFamily.Explicitness, 0, 0.7,
            "intimate|private photos|private pictures|explicit|spicy|not family friendly|not family-friendly|spinte|intime|intimes|íntimas|intimas|privadas|privates|private|privat|" +
            "откровенные|откровенн*|интимные|интимн*|私密|露骨|エッチな|過激な"),
        new("acquire.extra", "en", SignalFamily.Intent, (int)IntentKind.Acquire, 0.6,
            "how to access|how to join|how do i join|contact the seller|which forums|onion forums|dark web markets|search queries|what search terms||where do ppl download|where do people download|where do i download|where to download|ou trouver|ou telecharger|donde bajar|donde consigo|onde baixar|wo finde ich|dove trovare|где скачать|哪里下载|どこでダウンロード|" +
            "cómo acceder|como acceder|se procurer|où l on peut|come posso contattare|contattare il venditore|какие поисковые запросы|как найти|怎么加入|暗语|入手方法"),
        new("sexual.euphemism", "en", SignalFamily.Sexual, (int)SexualIndicatorKind.Sexual, 0.6,
            "intimate experience|first intimate|intimate scene|experiencia íntima|experiencia intima|escena íntima|scène intime|intime szene|cena íntima|scena intima|" +
            "интимную сцену|亲密场景|越露骨|pin up|pin-up|flirty pose|seductive pose|verführen|verführt|sedurre|seduzir|séduire|seducir|соблазнить|诱惑|誘惑"),
        new("advocacy_topic.pair", "en", SignalFamily.Sexual, (int)SexualIndicatorKind.Romantic, 0.6,
            "intergenerational|adult child|adult-child|adulti e bambini|adultos e crianças|adultos y niños|adultes et enfants|erwachsenen und kindern|взрослых и детей|成年人和儿童|大人と子供"),

        new("peer_pretence.extra", "en", SignalFamily.Intent, (int)IntentKind.PeerPretence, 0.7,
            "make me sound like|pose as a|pass as a|pretend to be a|sound like a kid|sound like a teen|auszugeben|hacerme pasar por|me faire passer pour|me passar por|fingermi|выдать себя за|冒充|装成|なりすまし"),
        new("image_manipulation.extra", "en", SignalFamily.Intent, (int)IntentKind.ImageManipulation, 0.75,
            "quitale la ropa|quítale la ropa|quita la ropa|sácale la ropa|sacale la ropa|tira a roupa|toglile i vestiti|enlève ses vêtements|zieh sie aus|kleidung weg|die kleidung weg|" +
            "衣服p掉|把衣服p掉|脱掉衣服|服を消して|раздень|сними с неё одежду|déshabiller numériquement|desnudar con ia|undress with ai"),
        new("generate.continue", "en", SignalFamily.Intent, (int)IntentKind.Generate, 0.7,
            "continue the story|keep writing|continúa la historia|continua la historia|continue l histoire|schreib weiter|continua a história|continua la storia|продолжи историю|继续写|続きを書いて"),

        // A side taken: with the age of consent or paedophilia as the topic, advocacy whatever the sentence around it.
        new("stance", "en", SignalFamily.Stance, 0, 0.7,
            "abolish|abolishing|abolir|abolire|abschaffen|abgeschafft|отменить|отмена|废除|取消|撤廃|lower|lowering|bajar|abaisser|senken|gesenkt|abbassare|baixar|снизить|降低|下げ|" +
            "made up|arbitrary|arbitraria|arbitraire|willkürlich|arbitrária|произвольн*|in favor of|in favour of|a favor de|en faveur de|dafür|a favore|в защиту|支持|賛成|" +
            "legalise|legalize|legalising|legalizing|legalizar|légaliser|legalisieren|legalizzare|легализ*|合法化|arguments for|argumentos a favor|arguments pour|argumente für|argomenti a favore|аргументы за|" +
            "defend|defending|defender|défendre|défendant|verteidigen|difendere|defendendo|защищать|辩护|擁護|should go|is oppression|no debería meterse|не должно|不应该管"),
        // Extortion named: asking for a "sextortion script" is asking for the threat itself.
        new("extortion", "en", SignalFamily.Extortion, 0, 0.75,
            "sextortion|sextort|sextorsion|sextorsión|sextorção|секстортинг|性勒索|セクストーション|erpressungsnachricht|erpressung|extorsión|chantaje|chantage|ricatto|шантаж|勒索|脅迫文"),
        new("undressing", "en", SignalFamily.Intent, (int)IntentKind.ImageManipulation, 0.6,
            "quitar ropa|quitar la ropa|sin ropa|remove clothes|without clothes|no clothes|enlever vêtements|sans vêtements|ohne kleidung|kleidung entfernen|sem roupa|tirar roupa|" +
            "senza vesti|senza vestiti|togliere vestiti|без одежды|снять одежду|去掉衣服|衣服去掉|的衣服去掉|服消して|服を消|脱衣ai|脱衣"),

        // Toys, baths and medical examinations: undressing a doll or a child at a check-up is not sexual.
        new("care_and_play", "en", SignalFamily.Sexual, (int)SexualIndicatorKind.HealthOrEducation, 0.75,
            "barbie|doll|dolls|teddy|toy|toys|bath time|bathtime|skin check|skin checks|medical exam|medical examination|physical exam|check up|checkup|" +
            "muñeca|muñecas|poupée|poupées|puppe|puppen|boneca|bambola|кукл*|娃娃|人形|examen médico|examen médical|ärztliche untersuchung|exame médico|visita medica|медосмотр|体检|健診"),

        new("abuse_code.ambiguous", "en", SignalFamily.Sexual, (int)SexualIndicatorKind.AbuseMaterialCode, 0.35, "cp|c p|pedo|pédo|pedos|pthc")
        {
            PrevVeto = "the|use|using|run|linux|unix|bash|shell|command|sudo|alias|gnu|windows",
            NextVeto = "command|commands|r|file|files|src|dst|to|into|points|point|coins|codm|cod|level|score|ratio|a|the|mi|my",
        },
        new("face_placement", "en", SignalFamily.Intent, (int)IntentKind.ImageManipulation, 0.6,
            "put her face|put his face|put the face|put my|face onto|face on a|mets le visage|mettre le visage|visage sur|metti la faccia|faccia su|pon la cara|poner la cara|cara en un|coloca o rosto|colocar o rosto|rosto em|setz ihr gesicht|gesicht auf|лицо на|把脸|换到|顔を合成"),
        new("advocacy_topic", "en", SignalFamily.Sexual, (int)SexualIndicatorKind.Romantic, 0.6,
            "minor attracted|minor-attracted|pedophile|pedophiles|paedophile|paedophiles|pedophilia|paedophilia|pädophile|pädophilie|pédophile|pédophiles|pédophilie|pedófilo|pedófilos|pedofilia|pedófilo|pedofili|" +
            "педофил|педофилы|педофилия|恋童|恋童癖|ペド|ロリコン|attracted to children|attraction to children|attractions to children|sexual interest in children|" +
            "sleep with|sleeping with|slept with|to sleep with|acostarse con|coucher avec|schlafen mit|transar com|andare a letto con|переспать с|上床|寝る"),
        Word("inquiry", "en", SignalFamily.Inquiry, "how do|how does|how did|why do|why does|what do|what makes|how are|cómo|como|por qué|porque|comment|pourquoi|wie|warum|weshalb|por que|come|perché|perche|как|почему|зачем|如何|为什么|怎么|どうして|なぜ|どのように"),
        Word("celebration", "en", SignalFamily.Celebration, "surprise|surprises|party|birthday|present|presents|gift|gifts|proposal|engagement|anniversary|" +
            "sorpresa|fiesta|cumpleaños|cumpleanos|regalo|regalos|fête|fete|anniversaire|cadeau|cadeaux|überraschung|ueberraschung|geburtstag|geschenk|geschenke|" +
            "surpresa|festa|aniversário|aniversario|presente|compleanno|сюрприз|сюрпризе|сюрпризом|праздник|день рождения|подарок|подарке|惊喜|生日|礼物|派对|サプライズ|誕生日|プレゼント|パーティー"),

        Attraction("en", 0.4, "hot|sizzling", nextVeto: "chocolate|dog|dogs|water|day|days|weather|summer|food|meal|tea|coffee|topic|topics|spot|spots|spring|sauce|pepper|peppers|wheels|tub|pink|air|bath|shower|temper|potato|seat|fever|flash|flashes|line|spell"),
        Attraction("en", 0.55, "hottest|attractive|most attractive|so attractive|desirable|tempting|irresistible", nextVeto: "day|days|price|prices|offer|offers|deal|deals|option|options|summer|year|years|topic|trend|trends|stock|stocks"),
        Attraction("en", 0.75, "turns me on|turn me on|turned on by|turning me on|such a turn on|a turn-on|aroused|arousing"),
        Attraction("en", 0.6, "can t stop staring|can t stop thinking about|provocative|provocante|provocanti|seductora|séductrice|verführerisch|sedutora|seducente|spicy messages|spicy pics|mensajes picantes|fotos picantes|algo picante|messages coquins|photos coquines|hot af|hot asf|bien buena|muy buena|buenota"),
        Attraction("es", 0.5, "atractiva|atractivas|atractivo|atractivos|buenísima|buenisima|buenísimas|está buena|esta buena|están buenas|estan buenas"),
        Attraction("es", 0.75, "me excita|me excitan|me pone cachondo|me ponen cachondo|cachonda|cachondas"),
        Attraction("fr", 0.5, "attirante|attirantes|bonne|bonnes|canon|bandante|bandantes", prevVeto: "très|tres|la|une|de|en|si|plus|bien|assez", nextVeto: "nuit|journée|journee|chance|année|annee|idée|idee|santé|sante|réponse|reponse|mère|mere|note|notes|soirée|soiree|qualité|qualite|heure|foi|humeur"),
        Attraction("fr", 0.75, "m excite|m excitent|excitante|excitantes"),
        Attraction("de", 0.5, "heiß|heiss|heiße|heisse|heißeste|heißesten|am heißesten|attraktiv|attraktive|attraktiven|scharf", nextVeto: "wasser|tee|kaffee|essen|sommer|tag|tage|wetter|thema|sauce|soße|eisen"),
        Attraction("de", 0.75, "macht mich an|machen mich an|erregt mich|erregen mich|erregend"),
        Attraction("pt", 0.7, "gostosa|gostosas|gostosinha|gostosinhas|gostoso|gostosos|delícia|delicia|uma delícia|gatinha|gatinhas"),
        Attraction("pt", 0.5, "atraente|atraentes"),
        Attraction("pt", 0.75, "me excita|me excitam|tesão|tesao|tesuda|tesudas"),
        Attraction("it", 0.6, "figa|fighe|bona|bone|gnocca|gnocche"),
        Attraction("it", 0.5, "attraente|attraenti"),
        Attraction("it", 0.75, "mi eccita|mi eccitano|arrapante|arrapanti"),
        Attraction("ru", 0.45, "горяч*|привлекательн*|аппетитн*"),
        Attraction("ru", 0.75, "возбужда*|заводят|заводит меня"),
        Attraction("zh", 0.7, "诱人|好诱人|撩人|勾人"),
        Attraction("zh", 0.5, "好辣|很辣|火辣"),
        Attraction("ja", 0.7, "そそる|そそられる|興奮する|ムラムラ"),
    ];

    private static readonly Lazy<PhraseLexicon<WordSpec>> LazyLexicon = new(() => new PhraseLexicon<WordSpec>(Rules));

    /// <summary>The compiled words, shared.</summary>
    public static PhraseLexicon<WordSpec> Lexicon => LazyLexicon.Value;

    /// <summary>Adds the classifier's own words found in <paramref name="text"/>'s folded view to <paramref name="cues"/>.</summary>
    public static void Collect(NormalisedText text, List<Cue> cues)
    {
        var scan = new PhraseScan<WordSpec>(text.FoldedTokens, Lexicon);
        var hits = ScratchList<PhraseHit<WordSpec>>.Rent();
        scan.Collect(hits);
        PhraseHit<WordSpec>? previous = null;
        foreach (var hit in hits)
        {
            // A word shared by several languages' lists ("videos") is one cue.
            if (previous is { } p && p.First == hit.First && p.Last == hit.Last && p.Spec.Family == hit.Spec.Family && p.Spec.Kind == hit.Spec.Kind)
            {
                continue;
            }

            previous = hit;
            cues.Add(new Cue(hit.Spec.Family, hit.Spec.Kind, hit.Spec.Confidence, scan.Map(text, hit.First, hit.Last), hit.Spec.Id));
        }

        ScratchList<PhraseHit<WordSpec>>.Return(hits);
    }

    private static WordSpec Young(string language, string pattern, string? nextVeto = null) =>
        new($"young_person.{language}", language, SignalFamily.YoungPerson, 0, CategoryScorer.YoungPersonAsMinor, pattern) { NextVeto = nextVeto };

    private static WordSpec Contact(string language, ContactCueKind kind, double confidence, string pattern) =>
        new($"contact.extra.{language}.{kind.ToString().ToLowerInvariant()}", language, SignalFamily.Contact, (int)kind, confidence, pattern);

    private static WordSpec Word(string id, string language, SignalFamily family, string pattern) =>
        new(id, language, family, 0, 0.7, pattern);

    private static WordSpec Imagery(string language, string pattern) =>
        new($"imagery.{language}", language, SignalFamily.Imagery, 0, 0.6, pattern);

    private static WordSpec Attraction(string language, double confidence, string pattern, string? prevVeto = null, string? nextVeto = null) =>
        new($"attraction.{language}", language, SignalFamily.Sexual, Sexual, confidence, pattern) { PrevVeto = prevVeto, NextVeto = nextVeto };
}
