using static Bulwark.Detection.Text.Signals.IntentKind;

namespace Bulwark.Detection.Text.Signals.Intents;

/// <summary>
/// The rules and word lists of <see cref="IntentDetector"/>, as data. Words are written as people type them;
/// <see cref="IntentLexicon"/> folds them like the input. The choices behind the scores are in README.md.
/// </summary>
internal static class IntentRules
{
    /// <summary>A phrase that can mean nothing else ("nudify", "pro-contact", "clothes remover").</summary>
    private const double Unambiguous = 0.85;

    /// <summary>A phrase that states the intent in ordinary use ("where can I find", "let's role-play", "face swap").</summary>
    private const double Clear = 0.75;

    /// <summary>A phrase that states the intent in most uses ("act as", "face swap", "wanna swap").</summary>
    private const double Fair = 0.6;

    /// <summary>A phrase with an everyday second sense ("looking for", "this photo", "for sale").</summary>
    private const double Weak = 0.4;

    /// <summary>A phrase that only the rest of the text can make mean the intent ("should be legal", "nothing wrong with").</summary>
    private const double Generic = 0.3;

    /// <summary>Confidence 0: the phrase is reported only when a number or purpose raises it ("you are" + a number).</summary>
    private const double Silent = 0;

    /// <summary>Subject pronouns before a verb that make it a statement ("I write", "je dessine", "ich zeichne").</summary>
    private const string EnSubject = "i|we|they|he|she|who|which|it|ll";
    private const string EsSubject = "yo|el|ella|ellos|ellas|usted|se|que";
    private const string FrSubject = "je|j|il|elle|on|ils|elles|qui|se|s";
    private const string DeSubject = "ich|er|sie|es|man|wir";
    private const string PtSubject = "eu|ele|ela|eles|elas|se|que";
    private const string ItSubject = "io|lui|lei|si|che";

    /// <summary>What makes "pretend to be" a pretence to be a child (<see cref="PeerPretence"/>) rather than a role given to the assistant.</summary>
    private const string PeerNouns = "a kid|a teen|a teenager|a child|younger|a minor|a schoolgirl|a schoolboy|a little girl|a little boy|a young girl|a young boy";

    /// <summary>Words that may open a clause before an imperative without making it a statement ("ok now write…", "bitte schreib").</summary>
    public const string LeadInWords =
        "ok|okay|now|so|hey|hi|hello|also|then|and|just|bot|ai|please|pls|plz|alright|yo|oh|well|next|first|quickly|simply|" +
        "bitte|jetzt|dann|und|ahora|bueno|vale|oye|y|luego|porfa|maintenant|alors|et|bon|ensuite|stp|svp|agora|então|e|" +
        "ora|allora|adesso|dai|ecco|теперь|ну|давай|сейчас|потом|тогда|пожалуйста";

    /// <summary>Units after a number that make it a quantity, not an age ("you are 5 minutes late").</summary>
    public const string MeasureWords =
        "min|mins|minute|minutes|hour|hours|hrs|second|seconds|sec|secs|percent|pct|points|pts|times|steps|km|cm|kg|mm|miles|" +
        "dollars|euros|pounds|days|weeks|minutos|horas|minuten|stunden|ore|heures|минут|минуты|часов|часа|分|分钟|小时|時間|秒|点";

    // ---- Shared objects and requests, per language ----
    private const string EnGenerateObjects =
        "story|stories|short story|poem|poems|image|images|picture|pictures|pic|pics|photo|photos|scene|scenes|drawing|illustration|" +
        "essay|song|lyrics|fanfic|fan fiction|fanfiction|comic|script|video|artwork|portrait|painting|description|tale|novel|chapter|letter";
    private const string EnMediaObjects = "pics|pictures|photos|videos|vids|content|collection|collections|material|files|folder|folders|pack|packs|archive|stash|links|link";
    private const string EnPersonObjects =
        "her|him|them|this photo|this picture|this pic|this image|the photo|the picture|the pic|the image|photo|picture|pic|pics|photos|image|images|" +
        "selfie|my classmate|my crush|my coworker|my colleague|my neighbor|my neighbour|my friend|my ex|this girl|this woman|this guy|the girl|the woman|the guy|someone";

    public static readonly IntentRuleSpec[] All =
    [
        // ================= English =================
        Request("en", "can you|could you|would you|will you|can u|could u|would u|can ya|you can|u can|you could|please|pls|plz|i want you to|i want u to|i want|i wanna|wanna|i d like|i would like|i need you to|i need|give me|gimme|show me|help me|let s|lets|go ahead and|try to"),
        Object("en", Generate, EnGenerateObjects, alone: Fair),
        Verb("en", Generate, "generate|render", 0.45, 0.65, 0.85, EnSubject),
        Verb("en", Generate, "write|paint|describe|imagine|illustrate|compose", 0.3, 0.6, 0.8, EnSubject, "out|up|off|on|back|down"),
        Verb("en", Generate, "draw", 0.3, 0.6, 0.8, EnSubject + "|a|the|prize|lucky|quick", "out|up|off|on|back|down|near|closer|the curtains|the blinds|a bath|a line|the line|attention|conclusions|a conclusion|a card|cards|lots|straws|breath|a breath|blood|water|money|cash|fire|inspiration"),
        Verb("en", Generate, "create|design|produce", 0.3, 0.45, 0.7, EnSubject),
        Verb("en", Generate, "make", 0.2, 0.4, 0.65, EnSubject, "sure|up|out|sense|money|fun|friends|time|room|way|do|certain|it clear|a mistake|progress"),
        Phrase("en", Generate, "tell me a story|tell me a tale|tell a story|write me|draw me|paint me|show me a picture of|show me an image of|show me a photo of", Clear),
        Phrase("en", Generate, "a story about|a story where|a story in which|a scene where|a scene in which|a poem about|an image of|a picture of|a photo of|an illustration of|a drawing of", Generic, requested: 0.65),

        Phrase("en", RolePlay, "let s role play|lets role play|let s roleplay|lets roleplay|let s rp|lets rp|roleplay with me|role play with me|rp with me|roleplay|role play|role playing|roleplaying", Clear),
        Phrase("en", RolePlay, "pretend you are|pretend you re|pretend ur|pretend u r|act as if you|act like you are|act like you re|you are now|you re now|from now on you are|from now on you re|from now on ur|stay in character|don t break character|never break character|play the role of|take on the role of|you will play|you play the role", Clear),
        Phrase("en", RolePlay, "pretend to be|pretend that you are|pretend that you re", Clear, nextVeto: PeerNouns),
        Phrase("en", RolePlay, "act as", Fair, prevVeto: "it will|this will|that will|which will|it can|this can|that can|which can|it may|it might|they will|they can|will also|can also"),
        Phrase("en", RolePlay, "rp|in character|be my", Weak),
        Phrase("en", RolePlay, "you are a|you are an|you are|you re a|you re|ur a|u r a|u are a|you are now a", Silent, withNumber: Fair),

        Object("en", Acquire, EnMediaObjects + "|site|sites|group|groups|stuff|torrent|torrents"),
        Phrase("en", Acquire, "where can i find|where can i get|where can i buy|where can i download|where can i watch|where do i find|where do i get|where do i buy|where to find|where to get|where to buy|where to download|where to watch|where can you find|where can u find|where can one find|where do you get|where do u get", Clear, nextVeto: "out"),
        Phrase("en", Acquire, "send me links|send me the link|send me a link|send me the links|send link|send links|link pls|link plz|links pls|links plz|drop the link|drop a link|drop links|dm me the link|dm me links|any links|got links|has links|have links|share the link|share links|download link|download links|direct download|mega link|mega links|mega folder|drive link|onion link|onion links|onion site|dark web link|dark web links|dark web site|any sites with|any site with|any websites with|any website with|sites where i can|telegram group for|telegram group with|telegram channel for|telegram channel with|discord server for|discord server with", Clear),
        Phrase("en", Acquire, "link to|links to|telegram group|telegram groups|telegram channel|tg group|dark web|darkweb|deep web|torrent|torrents|magnet link|anyone have|anyone got|anybody have|does anyone have|anyone has|who has|who s got", Weak, requested: 0.6),
        Verb("en", Acquire, "download|buy|looking for|searching for", 0.3, 0.45, 0.65, EnSubject),

        Object("en", Trade, EnMediaObjects + "|nudes"),
        Phrase("en", Trade, "wanna trade|want to trade|let s trade|lets trade|trade with me|trade with you|anyone trade|anyone wanna trade|up for trade|open to trade|looking to trade|will trade|trade or sell|share my collection|sharing my collection|my collection to share|wanna swap|want to swap|let s swap|lets swap|swap with me|trade me", Clear),
        Phrase("en", Trade, "for sale|selling my|for trade", Weak),
        Verb("en", Trade, "trade|trading|swap|swapping|exchange|exchanging|sell|selling", 0.25, 0.4, 0.7, "the|a|free|fair|world|foreign|slave|stock|skilled|face|i|we|they", "face|faces|her face|his face|the background|background|rate|rates|deficit|war|wars|school|student|students|program|programme|office|union|unions|mark|agreement|deal|secret"),

        Object("en", ImageManipulation, EnPersonObjects),
        Phrase("en", ImageManipulation, "nudify*|undress app|undress apps|undress ai|undresser|undressing app|clothes remover|clothing remover|cloth remover|clothes removal|remove clothes app|nude filter|deepnude|deep nude|x ray app|xray app", Unambiguous),
        Phrase("en", ImageManipulation, "remove her clothes|remove his clothes|remove their clothes|remove her clothing|remove his clothing|take off her clothes|take off his clothes|take her clothes off|take his clothes off|make her naked|make him naked|make them naked|make her nude|make him nude|see through her clothes|see through his clothes|see through clothes|swap her face|swap his face|swap their face|put her face on|put his face on|put her face onto|put his face onto|paste her face|paste his face|deepfake|deepfakes|deep fake|deep fakes", Clear),
        Phrase("en", ImageManipulation, "face swap|faceswap|face swapping|swap faces|remove clothes|remove the clothes|remove clothing|remove the clothes from|remove clothes from|remove the clothing|take the clothes off|photoshop her naked|photoshop him naked", Fair),
        Verb("en", ImageManipulation, "undress|strip", 0.2, 0.45, 0.8, EnSubject, "down|away|back|off|club|clubs|mall|the wallpaper|the paint|the bed|the data|the tags"),
        Verb("en", ImageManipulation, "x ray|xray", 0.15, 0.3, 0.65, "an|a|the|chest|dental|my|his|her"),

        Phrase("en", ImageReference, "this photo of|this picture of|this image of|this pic of|this selfie of|photo of her|photo of him|picture of her|picture of him|pic of her|pic of him|pics of her|pics of him|photos of her|photos of him|her photo|her picture|her pic|her pics|her photos|her selfie|his photo|his picture|his pic|his pics|his photos|the attached image|the attached photo|the attached picture|attached image|attached photo|the uploaded photo|the uploaded image|the photo i sent|the picture i sent|the pic i sent|the photo i uploaded|the image i uploaded|photo of my|picture of my|pic of my|pics of my|photos of my|pictures of my", Fair),
        Phrase("en", ImageReference, "s photo|s picture|s pic|s pics|s photos|s pictures|s selfie|s image", Fair, prevVeto: "let|it|that|what|there|here|he|she|who|how|where"),
        Phrase("en", ImageReference, "this photo|this picture|this image|this pic|this selfie", Weak),

        Phrase("en", Advocacy, "children can consent|kids can consent|minors can consent|a child can consent|child can consent|can consent at any age|lower the age of consent|lowering the age of consent|abolish the age of consent|abolishing the age of consent|age of consent should be lowered|age of consent should be abolished|age of consent is arbitrary|no age of consent|get rid of the age of consent|pro contact|pro-contact|map pride|proud map|adult child love|love between adults and children|intergenerational love|can consent to sex|can consent to sexual", Unambiguous),
        Phrase("en", Advocacy, "minor attracted|minor-attracted", Weak),
        Phrase("en", Advocacy, "child love|childlove|boylove|girllove", 0.7),
        Phrase("en", Advocacy, "should be legal|should be allowed|should be legalized|should be legalised|nothing wrong with|nothing wrong about|it s natural|its natural|it is natural|perfectly natural|completely natural|should be able to|deserve to|deserves to|can decide for herself|can decide for himself|can decide for themselves|isn t harmful|is not harmful|aren t harmful|are not harmful|doesn t harm|does no harm|is beautiful|should stop punishing|shouldn t be punished|should not be punished|should be lowered|act on their attraction|act on their attractions|is just love|it s just love|is fine|is okay|is ok|is acceptable|is normal|just an orientation|willing kids|willing children|should be abolished|can choose for themselves|are natural|is natural and|are harmless|is harmless|harmless|capable of consenting|capable of consent|should be legalised|should be legalized|should be normalised|should be normalized|arent harmful|aren t harmful|allowed to act on it|act on it|should be free to|are oppression|is oppression", Generic),

        Purpose("en", "to chat with|to talk to|to talk with|to message|to text|to befriend|to get close to|to meet|to get to know|to chat to|and chat with|and talk to"),
        Phrase("en", PeerPretence, "pose as a teen|pose as a teenager|pose as a kid|pose as a child|pose as a minor|pose as a schoolgirl|pose as a schoolboy|posing as a teen|posing as a teenager|posing as a kid|posing as a child|pretend to be a kid|pretend to be a teen|pretend to be a teenager|pretend to be a child|pretend to be younger|pretending to be a kid|pretending to be a teen|pretending to be a teenager|pretending to be a child|act like a kid|act like a child|act like a teen|act like a teenager|fake profile as|fake account as|fake profile of a|catfish kids|catfish teens|catfish minors|catfishing kids|catfishing teens|pass as a teen|pass as a kid|pass myself off as", Clear),
        Phrase("en", PeerPretence, "pose as|posing as|pretend to be|pretending to be|pretend i m|pretend i am|pretending i m|act like a|fake profile|fake account|catfish|catfishing", Silent, withNumber: Fair, withPurpose: 0.7),

        // ================= Spanish =================
        Request("es", "puedes|podrías|puede|podría|me puedes|me podrías|por favor|porfa|porfis|xfa|x favor|quiero que|quiero|quisiera|me gustaría|necesito|dame|muéstrame|enséñame|ayúdame a|vamos a"),
        Object("es", Generate, "historia|historias|cuento|cuentos|relato|poema|imagen|imágenes|foto|fotos|dibujo|escena|ilustración|fanfic|texto|canción|ensayo|carta|retrato", alone: Fair),
        Verb("es", Generate, "genera|genérame|generar|escribe|escríbeme|escribir|dibuja|dibújame|dibujar|describe|descríbeme|describir|imagina|inventa|redacta|pinta|píntame", 0.3, 0.6, 0.8, EsSubject),
        Verb("es", Generate, "crea|créame|crear|diseña", 0.3, 0.45, 0.7, EsSubject),
        Verb("es", Generate, "haz|hazme|hacer", 0.2, 0.4, 0.65, EsSubject),
        Phrase("es", Generate, "cuéntame una historia|cuéntame un cuento|cuenta una historia|cuéntame una", Clear),
        Phrase("es", Generate, "una historia sobre|una historia de|una historia donde|un cuento sobre|un relato sobre|una escena donde|una escena en la que|un poema sobre|una imagen de|un dibujo de", Generic, requested: 0.65),
        Phrase("es", RolePlay, "juguemos un rol|juguemos a|juego de rol|juego de roles|rol conmigo|hagamos un rol|hagamos rol|finge que eres|finge ser|finge que|actúa como|interpreta a|interpreta el papel|a partir de ahora eres|ahora eres|no salgas del personaje|quédate en el personaje|roleplay", Clear),
        Phrase("es", RolePlay, "eres un|eres una|eres|tienes", Silent, withNumber: Fair),
        Object("es", Acquire, "fotos|videos|vídeos|links|link|enlaces|enlace|contenido|colección|material|archivos|carpeta|pack|packs|grupo|grupos|sitio|sitios|páginas"),
        Phrase("es", Acquire, "dónde puedo encontrar|dónde encuentro|dónde consigo|dónde puedo conseguir|dónde comprar|dónde puedo comprar|dónde descargar|dónde puedo descargar|dónde bajar|dónde puedo ver|pásame el link|pásame los links|pásame el enlace|pasen links|pasen el link|mándame el link|manda el link|manda link|algún link|algún enlace|links de|enlaces de|enlace de descarga|grupo de telegram|canal de telegram|alguna página con|algún sitio con|alguien tiene|quién tiene", Clear),
        Phrase("es", Acquire, "deep web|dark web|torrent", Weak),
        Verb("es", Acquire, "descargar|descarga|bajar|comprar|busco|buscando", 0.3, 0.45, 0.65, EsSubject),
        Object("es", Trade, "fotos|videos|vídeos|links|contenido|colección|material|archivos|packs|pack"),
        Phrase("es", Trade, "intercambio|intercambiamos|quieres intercambiar|te cambio|cambio fotos|cambiamos fotos|compartir mi colección|comparto mi colección|se vende|a la venta", Clear, nextVeto: "de divisas|de moneda|cultural|estudiantil|de estudiantes"),
        Verb("es", Trade, "intercambiar|cambiar|vender|vendo", 0.25, 0.4, 0.7, EsSubject),
        Object("es", ImageManipulation, "la|lo|esta foto|esta imagen|la foto|la imagen|foto|imagen|fotos|a mi compañera|a mi amiga|a mi vecina|a ella|a la chica|a la mujer|a esta chica"),
        Phrase("es", ImageManipulation, "desnúdala|desnúdalo|desnudala|desnudalo|desnudarla|desnudarlo|quítale la ropa|quitarle la ropa|quítale el vestido|quitale la ropa|déjala desnuda|ponla desnuda|hazla desnuda|cambia su cara|pon su cara|ponle su cara|intercambio de caras|app para desnudar|desnudador", Clear),
        Phrase("es", ImageManipulation, "quitar la ropa|quita la ropa|sin ropa|cambio de cara|cambiar la cara", Weak, requested: Fair),
        Verb("es", ImageManipulation, "desnuda|desnudar", 0.15, 0.35, 0.75, "se|me|te|nos|estaba|está|esta|estar|medio|semi|casi"),
        Phrase("es", ImageReference, "esta foto de|esta imagen de|esta foto suya|su foto|sus fotos|la foto de mi|una foto de mi|foto de mi|fotos de mi|la imagen adjunta|la foto adjunta|foto adjunta|la foto que te mandé|la foto que te envié|la foto que subí", Fair),
        Phrase("es", ImageReference, "esta foto|esta imagen|esta fotografía", Weak),
        Phrase("es", Advocacy, "los niños pueden consentir|los menores pueden consentir|bajar la edad de consentimiento|reducir la edad de consentimiento|abolir la edad de consentimiento|eliminar la edad de consentimiento|pro contacto|orgullo map", Unambiguous),
        Phrase("es", Advocacy, "atraído por menores|atraída por menores|atracción por menores", Weak),
        Phrase("es", Advocacy, "debería ser legal|deberia ser legal|debería estar permitido|no tiene nada de malo|no hay nada de malo|es natural|es algo natural|es lo más natural|deberían poder|deberian poder|debería poder|deberia poder|debería bajarse|deberia bajarse|debería reducirse|no es dañino|no hace daño|no hace ningún daño|puede decidir por sí misma|pueden decidir|es amor|está bien|esta bien|es aceptable|es solo una orientación|debería abolirse|deberia abolirse|debería eliminarse|pueden elegir|debería desaparecer|deberia desaparecer|es inofensivo|son inofensivas|deberían normalizarse|deberian normalizarse|deberían ser libres de|deberian ser libres de", Generic),
        Purpose("es", "para hablar con|para chatear con|para conocer|para acercarme|para conversar con|y hablar con|y chatear con"),
        Phrase("es", PeerPretence, "hacerme pasar por una niña|hacerme pasar por un niño|hacerme pasar por adolescente|hacerme pasar por una adolescente|hacerme pasar por menor|me hago pasar por adolescente|me hago pasar por una niña|fingir ser una niña|fingir ser un niño|fingir ser adolescente|fingir que soy menor|perfil falso de una niña|perfil falso de adolescente", Clear),
        Phrase("es", PeerPretence, "hacerme pasar por|hacerse pasar por|me hago pasar por|fingir ser|fingir que soy|perfil falso|cuenta falsa", Silent, withNumber: Fair, withPurpose: 0.7),

        // ================= French =================
        Request("fr", "peux tu|pourrais tu|tu peux|tu pourrais|est ce que tu peux|pouvez vous|pourriez vous|vous pouvez|s il te plaît|s il vous plaît|stp|svp|je veux que tu|je veux|je voudrais|j aimerais|donne moi|montre moi|aide moi à|on va"),
        Object("fr", Generate, "histoire|histoires|conte|récit|poème|image|images|photo|photos|dessin|scène|illustration|fanfic|texte|chanson|lettre|portrait", alone: Fair),
        Verb("fr", Generate, "écris|écris moi|écrire|écrivez|génère|génère moi|générer|générez|dessine|dessine moi|dessiner|dessinez|décris|décris moi|décrire|décrivez|invente|rédige|peins|ecris|ecris moi|ecrire|ecrivez|genere|genere moi|generer|decris|decris moi|decrire|redige|redige moi", 0.3, 0.6, 0.8, FrSubject),
        Verb("fr", Generate, "crée|crée moi|créer|créez|conçois", 0.3, 0.45, 0.7, FrSubject),
        Verb("fr", Generate, "fais|fais moi|faire", 0.2, 0.4, 0.65, FrSubject),
        Phrase("fr", Generate, "raconte moi une histoire|raconte une histoire|raconte nous une histoire", Clear),
        Phrase("fr", Generate, "une histoire sur|une histoire où|une histoire dans laquelle|une scène où|une scène dans laquelle|un poème sur|une image de|un dessin de", Generic, requested: 0.65),
        Phrase("fr", RolePlay, "jeu de rôle|jeu de rôles|jouons un rôle|faisons un jeu de rôle|fais comme si tu étais|fais semblant d être|fais semblant que tu es|imagine que tu es|joue le rôle|agis comme|tu es maintenant|à partir de maintenant tu es|reste dans ton personnage|reste dans le personnage|roleplay", Clear),
        Phrase("fr", RolePlay, "tu es un|tu es une|tu es|tu as", Silent, withNumber: Fair),
        Object("fr", Acquire, "photos|vidéos|liens|lien|contenu|collection|fichiers|dossier|pack|packs|groupe|groupes|site|sites"),
        Phrase("fr", Acquire, "où trouver|où puis je trouver|où je peux trouver|où est ce que je peux trouver|où acheter|où puis je acheter|où télécharger|où je peux télécharger|où puis je télécharger|envoie moi le lien|envoie moi les liens|envoie le lien|envoyez moi le lien|le lien stp|lien svp|des liens pour|un lien pour|groupe telegram|canal telegram|quelqu un a|qqn a|qq1 a|un site avec|des sites avec", Clear, nextVeto: "dit|été|fait|vu"),
        Phrase("fr", Acquire, "dark web|darknet|torrent", Weak),
        Verb("fr", Acquire, "télécharger|télécharge|acheter|je cherche|cherche", 0.3, 0.45, 0.65, "je|j|il|elle|on|se|s"),
        Object("fr", Trade, "photos|vidéos|liens|contenu|collection|fichiers|packs"),
        Phrase("fr", Trade, "on échange|j échange|échangeons|tu veux échanger|partager ma collection|je partage ma collection|à vendre|je vends", Clear),
        Verb("fr", Trade, "échanger|échange|troquer|vendre", 0.25, 0.4, 0.7, "le|l|un|les|de|d|taux|se", "de devises|scolaire|linguistique|culturel"),
        Object("fr", ImageManipulation, "la|le|cette photo|cette image|la photo|l image|photo|image|ma collègue|ma voisine|mon amie|cette fille|cette femme|elle"),
        Phrase("fr", ImageManipulation, "déshabille la|déshabille le|déshabiller la|la déshabiller|le déshabiller|enlève ses vêtements|enlever ses vêtements|retire ses vêtements|retirer ses vêtements|mets la nue|rends la nue|la mettre nue|la rendre nue|échange de visage|mets son visage|mettre son visage|appli pour déshabiller", Clear),
        Phrase("fr", ImageManipulation, "enlever les vêtements|enlève les vêtements|retirer les vêtements|sans vêtements|retire les vêtements|retirez les vêtements|enlève les habits|retire les habits", Weak, requested: Fair),
        Verb("fr", ImageManipulation, "déshabille|déshabiller", 0.15, 0.35, 0.75, "se|me|te|nous|vous|s|je|j|il|elle|on"),
        Phrase("fr", ImageReference, "cette photo de|cette image de|sa photo|ses photos|la photo de ma|la photo de mon|une photo de ma|une photo de mon|photo de ma|photo de mon|photos de ma|photos de mon|l image jointe|la photo jointe|photo ci jointe|image ci jointe|la photo que je t ai envoyée", Fair),
        Phrase("fr", ImageReference, "cette photo|cette image", Weak),
        Phrase("fr", Advocacy, "les enfants peuvent consentir|les mineurs peuvent consentir|abaisser l âge du consentement|abaisser la majorité sexuelle|abolir la majorité sexuelle|supprimer la majorité sexuelle|abolir l âge du consentement|pro contact", Unambiguous),
        Phrase("fr", Advocacy, "attiré par les mineurs|attirée par les mineurs|attirance pour les mineurs", Weak),
        Phrase("fr", Advocacy, "devrait être légal|devrait être autorisé|rien de mal|il n y a rien de mal|c est naturel|c est normal|c est tout à fait naturel|devraient pouvoir|devrait pouvoir|devrait être abaissé|devrait être abaissée|n est pas nocif|ne fait pas de mal|ne fait aucun mal|peut décider|c est de l amour|c est acceptable|n est qu une orientation|devrait être aboli|devrait être abolie|devrait être supprimé|peuvent choisir|devrait disparaître|devrait disparaitre|est inoffensif|sont inoffensives|devraient être normalisées|devraient être libres de", Generic),
        Purpose("fr", "pour parler avec|pour discuter avec|pour parler à|pour approcher|pour rencontrer|pour tchatter avec|pour chatter avec|et parler avec"),
        Phrase("fr", PeerPretence, "me faire passer pour une ado|me faire passer pour un ado|me faire passer pour une enfant|me faire passer pour un enfant|me faire passer pour une adolescente|me faire passer pour un mineur|faire semblant d être un enfant|faire semblant d être une ado|faire semblant d être un ado|faux profil d ado|faux profil de fille", Clear),
        Phrase("fr", PeerPretence, "me faire passer pour|se faire passer pour|me fais passer pour|faux profil|faux compte", Silent, withNumber: Fair, withPurpose: 0.7),

        // ================= German =================
        Request("de", "kannst du|könntest du|kannste|können sie|könnten sie|bitte|pls|ich will|ich möchte|ich hätte gern|ich hätte gerne|ich brauche|gib mir|zeig mir|hilf mir|würdest du"),
        Object("de", Generate, "geschichte|geschichten|gedicht|bild|bilder|foto|fotos|zeichnung|szene|illustration|text|fanfiction|erzählung|märchen|lied|brief|porträt", alone: Fair),
        Verb("de", Generate, "schreib|schreibe|schreiben|generiere|generier|generieren|zeichne|zeichnen|beschreibe|beschreib|beschreiben|erfinde|mal mir|malen", 0.3, 0.6, 0.8, DeSubject),
        Verb("de", Generate, "erstelle|erstell|erstellen|entwirf", 0.3, 0.45, 0.7, DeSubject),
        Verb("de", Generate, "mach|mache|machen", 0.2, 0.4, 0.65, DeSubject, "mal|das|es|dir|weiter|schon|nichts|schluss"),
        Phrase("de", Generate, "erzähl mir eine geschichte|erzähle mir eine geschichte|erzähl eine geschichte|schreib mir|zeichne mir", Clear),
        Phrase("de", Generate, "eine geschichte über|eine geschichte in der|eine geschichte wo|eine szene in der|eine szene wo|ein gedicht über|ein bild von|eine zeichnung von", Generic, requested: 0.65),
        Phrase("de", RolePlay, "rollenspiel|rollenspiele|lass uns ein rollenspiel|tu so als ob|tu so als wärst du|tu so als|stell dir vor du bist|spiel die rolle|spiele die rolle|verhalte dich wie|du bist jetzt|ab jetzt bist du|bleib in der rolle|bleib in deiner rolle", Clear),
        Phrase("de", RolePlay, "du bist ein|du bist eine|du bist", Silent, withNumber: Fair),
        Object("de", Acquire, "fotos|bilder|videos|links|link|inhalte|sammlung|dateien|ordner|pack|packs|gruppe|gruppen|seite|seiten"),
        Phrase("de", Acquire, "wo finde ich|wo bekomme ich|wo kriege ich|wo krieg ich|wo kann ich kaufen|wo kaufen|wo herunterladen|wo runterladen|wo downloaden|wo kann ich herunterladen|schick mir den link|schick mir die links|schick mal den link|schickt mir links|link bitte|links bitte|link pls|hat jemand|wer hat|telegram gruppe|telegram kanal|telegramgruppe|eine seite mit|seiten mit", Clear),
        Phrase("de", Acquire, "wo kann ich|wo kann man|darknet|dark web|torrent", Weak),
        Verb("de", Acquire, "herunterladen|runterladen|downloaden|kaufen|suche|ich suche", 0.3, 0.45, 0.65, "er|sie|es|man|wir|zu"),
        Object("de", Trade, "fotos|bilder|videos|links|inhalte|sammlung|dateien|packs"),
        Phrase("de", Trade, "wer tauscht|tauschen wir|lass uns tauschen|wer will tauschen|will tauschen|möchte tauschen|tausche|meine sammlung teilen|sammlung teilen|zu verkaufen|verkaufe", Clear),
        Verb("de", Trade, "tauschen|verkaufen|austauschen", 0.25, 0.4, 0.7, "zu|ich|er|sie|wir"),
        Object("de", ImageManipulation, "sie|ihn|das foto|das bild|diesem foto|diesem bild|dem foto|dem bild|foto|bild|fotos|bilder|meine kollegin|meine nachbarin|meine mitschülerin|die frau|das mädchen"),
        Phrase("de", ImageManipulation, "zieh sie aus|zieh ihn aus|entkleide sie|entkleide ihn|kleidung entfernen|entferne die kleidung|entferne ihre kleidung|entferne seine kleidung|kleider entfernen|kleidung wegmachen|mach sie nackt|mach ihn nackt|nackt machen|gesicht tauschen|tausch ihr gesicht|ihr gesicht auf|ausziehen app", Clear),
        Verb("de", ImageManipulation, "entkleiden|entkleide|ausziehen", 0.15, 0.35, 0.7, "sich|mich|dich|uns|ich|er|sie|wir|schuhe|jacke|mantel"),
        Phrase("de", ImageReference, "dieses foto von|dieses bild von|ihr foto|ihr bild|ihre fotos|sein foto|sein bild|foto von meiner|bild von meiner|foto von meinem|bild von meinem|foto meiner|bild meiner|foto meines|das angehängte bild|das angehängte foto|angehängtes bild|angehängtes foto|im anhang", Fair),
        Phrase("de", ImageReference, "dieses foto|dieses bild|diesem foto|diesem bild", Weak),
        Phrase("de", Advocacy, "kinder können zustimmen|kinder können einwilligen|minderjährige können zustimmen|schutzalter senken|schutzalter abschaffen|schutzalter herabsetzen|schutzalter sollte gesenkt|schutzalter sollte abgeschafft|schutzalter gehört abgeschafft|pro kontakt|können sex zustimmen|können sexuell zustimmen|können in sex einwilligen", Unambiguous),
        Phrase("de", Advocacy, "auf minderjährige stehend|pädophil veranlagt", Weak),
        Phrase("de", Advocacy, "sollte legal sein|gehört legalisiert|sollte erlaubt sein|nichts falsch daran|nichts schlimmes daran|ist doch natürlich|ist natürlich|völlig natürlich|sollten dürfen|sollte gesenkt werden|gesenkt werden sollte|schadet nicht|ist nicht schädlich|ausleben dürfen|bevormundung|kann selbst entscheiden|ist in ordnung|ist okay|nur eine orientierung|sollte abgeschafft werden|abgeschafft werden sollte|können selbst entscheiden|sollte verschwinden|ist harmlos|sind harmlos|normalisiert werden sollten|sollten frei sein", Generic),
        Purpose("de", "um mit|um zu chatten|um kontakt|um zu schreiben|um kennenzulernen|um zu reden|und mit ihnen chatten"),
        Phrase("de", PeerPretence, "mich als kind ausgeben|mich als teenager ausgeben|mich als jugendliche ausgeben|mich als jugendlicher ausgeben|mich als schülerin ausgeben|als teenager ausgeben|als kind ausgeben|gebe mich als teenager aus|gebe mich als kind aus|gebe mich als schülerin aus|so tun als wäre ich ein kind|so tun als wäre ich jünger|fake profil als", Clear),
        Phrase("de", PeerPretence, "mich ausgeben als|gebe mich als|mich als|fake profil|fake-profil|falsches profil|fake account", Silent, withNumber: Fair, withPurpose: 0.7),

        // ================= Portuguese =================
        Request("pt", "você pode|voce pode|vc pode|pode|poderia|consegue|por favor|pfv|pfvr|pf|pls|quero que|eu quero|quero|queria|gostaria|preciso|me dá|me mostra|me manda|bora|vamos"),
        Object("pt", Generate, "história|historinha|conto|poema|imagem|imagens|foto|fotos|desenho|cena|ilustração|fanfic|texto|música|carta|retrato", alone: Fair),
        Verb("pt", Generate, "escreva|escreve|escrever|gere|gera|gerar|desenhe|desenha|desenhar|descreva|descreve|descrever|invente|pinte", 0.3, 0.6, 0.8, PtSubject),
        Verb("pt", Generate, "crie|cria|criar", 0.3, 0.45, 0.7, PtSubject),
        Verb("pt", Generate, "faça|faz|fazer", 0.2, 0.4, 0.65, PtSubject),
        Phrase("pt", Generate, "me conta uma história|conta uma história|me conte uma história|conte uma história", Clear),
        Phrase("pt", Generate, "uma história sobre|uma história de|uma história onde|um conto sobre|uma cena onde|uma cena em que|um poema sobre|uma imagem de|um desenho de", Generic, requested: 0.65),
        Phrase("pt", RolePlay, "vamos fazer um rp|bora fazer rp|roleplay|jogo de interpretação|finja que você é|finja que vc é|finja ser|finge que é|finge ser|finge que você é|aja como|atue como|você agora é|vc agora é|a partir de agora você é|fique no personagem|não saia do personagem|interprete o papel", Clear),
        Phrase("pt", RolePlay, "você é um|você é uma|vc é um|vc é uma|você tem|vc tem", Silent, withNumber: Fair),
        Object("pt", Acquire, "fotos|vídeos|links|link|conteúdo|coleção|arquivos|pasta|pack|packs|grupo|grupos|site|sites"),
        Phrase("pt", Acquire, "onde posso encontrar|onde encontro|onde acho|onde consigo|onde posso conseguir|onde comprar|onde posso comprar|onde baixar|onde posso baixar|onde assistir|me passa o link|passa o link|manda o link|me manda o link|manda os links|algum link|links de|grupo no telegram|grupo do telegram|canal do telegram|alguém tem|quem tem|algum site com", Clear),
        Phrase("pt", Acquire, "deep web|dark web|torrent", Weak),
        Verb("pt", Acquire, "baixar|baixa|comprar|procuro|procurando", 0.3, 0.45, 0.65, PtSubject, "a idade|o preço|o volume|os preços"),
        Object("pt", Trade, "fotos|vídeos|links|conteúdo|coleção|arquivos|packs"),
        Phrase("pt", Trade, "bora trocar|vamos trocar|quer trocar|troco fotos|trocamos|troca de fotos|compartilhar minha coleção|à venda|vendo meu|vendo minha", Clear),
        Verb("pt", Trade, "trocar|troca|troco|vender|vendo", 0.25, 0.4, 0.7, PtSubject, "de roupa|a roupa|de ideia|de lugar|de óleo|de turno"),
        Object("pt", ImageManipulation, "ela|ele|essa foto|esta foto|nessa foto|nesta foto|a foto|a imagem|foto|imagem|fotos|minha colega|minha vizinha|minha amiga|essa mulher|essa menina"),
        Phrase("pt", ImageManipulation, "tira a roupa dela|tirar a roupa dela|tire a roupa dela|tira a roupa dele|tirar a roupa dele|deixa ela nua|deixe ela nua|deixar ela nua|deixa ela pelada|deixe ela pelada|despe ela|despir ela|troca de rosto|trocar o rosto|coloca o rosto dela|app de despir", Clear),
        Phrase("pt", ImageManipulation, "tirar a roupa|tira a roupa|sem roupa", Weak, requested: 0.45),
        Verb("pt", ImageManipulation, "despir|despe|desnudar", 0.15, 0.35, 0.75, "se|me|te|eu|ela|ele"),
        Phrase("pt", ImageReference, "esta foto de|essa foto de|esta imagem de|essa imagem de|foto dela|foto dele|fotos dela|fotos dele|foto da minha|foto do meu|fotos da minha|fotos do meu|a imagem anexada|a foto anexada|foto em anexo|a foto que eu mandei|a foto que te mandei", Fair),
        Phrase("pt", ImageReference, "esta foto|essa foto|esta imagem|essa imagem", Weak),
        Phrase("pt", Advocacy, "crianças podem consentir|menores podem consentir|baixar a idade de consentimento|reduzir a idade de consentimento|diminuir a idade de consentimento|abolir a idade de consentimento|acabar com a idade de consentimento|pró contato|pro contato", Unambiguous),
        Phrase("pt", Advocacy, "atraído por menores|atraída por menores|atração por menores", Weak),
        Phrase("pt", Advocacy, "deveria ser legal|devia ser legal|deveria ser permitido|não tem nada de errado|não há nada de errado|nada de errado em|é natural|é algo natural|deveriam poder|deveria poder|devia poder|deveria ser reduzida|não faz mal|nao faz mal|não é prejudicial|pode decidir|é amor|está tudo bem|é aceitável|deveria ser abolida|podem escolher|podem decidir|deveria desaparecer|é inofensivo|são inofensivas|deveria ser aceita|deveria ser aceito|deveriam ser aceitas|deveriam ser livres", Generic),
        Purpose("pt", "para conversar com|para falar com|pra conversar com|pra falar com|para conhecer|pra conhecer|para se aproximar|pra se aproximar|e conversar com"),
        Phrase("pt", PeerPretence, "fingir ser criança|fingir ser adolescente|fingir ser uma menina|fingir ser um menino|fingindo ser adolescente|fingindo ser criança|fingindo ser uma menina|me passar por adolescente|me passar por criança|me passar por uma menina|se passar por adolescente|perfil falso de adolescente|perfil fake de menina", Clear),
        Phrase("pt", PeerPretence, "me passar por|se passar por|fingir ser|fingindo ser|perfil falso|perfil fake|conta fake", Silent, withNumber: Fair, withPurpose: 0.7),

        // ================= Italian =================
        Request("it", "puoi|potresti|riesci a|mi puoi|per favore|per piacere|pls|x favore|voglio che|voglio|vorrei|mi serve|ho bisogno di|dammi|mostrami|fammi vedere"),
        Object("it", Generate, "storia|storie|racconto|poesia|immagine|immagini|foto|disegno|scena|illustrazione|fanfic|testo|canzone|lettera|ritratto", alone: Fair),
        Verb("it", Generate, "scrivi|scrivimi|scrivere|genera|generami|generare|disegna|disegnami|disegnare|descrivi|descrivimi|descrivere|immagina|inventa|dipingi", 0.3, 0.6, 0.8, ItSubject),
        Verb("it", Generate, "crea|creami|creare", 0.3, 0.45, 0.7, ItSubject),
        Verb("it", Generate, "fai|fammi|fare", 0.2, 0.4, 0.65, ItSubject, "vedere|sapere|attenzione|pure"),
        Phrase("it", Generate, "raccontami una storia|racconta una storia|raccontaci una storia", Clear),
        Phrase("it", Generate, "una storia su|una storia in cui|una storia dove|un racconto su|una scena in cui|una scena dove|una poesia su|un immagine di|un disegno di", Generic, requested: 0.65),
        Phrase("it", RolePlay, "gioco di ruolo|giochi di ruolo|giochiamo di ruolo|facciamo un gioco di ruolo|facciamo roleplay|roleplay|fingi di essere|fai finta di essere|fai finta che sei|immagina di essere|comportati come|agisci come|interpreta il ruolo|d ora in poi sei|da ora sei|resta nel personaggio|non uscire dal personaggio", Clear),
        Phrase("it", RolePlay, "sei un|sei una|hai", Silent, withNumber: Fair),
        Object("it", Acquire, "foto|video|link|contenuti|collezione|file|cartella|pack|gruppo|gruppi|sito|siti"),
        Phrase("it", Acquire, "dove posso trovare|dove trovo|dove trovare|dove posso comprare|dove comprare|dove scaricare|dove posso scaricare|dove posso vedere|mandami il link|passami il link|passatemi i link|mandami i link|qualche link|link di|gruppo telegram|canale telegram|qualcuno ha|chi ha|un sito con", Clear),
        Phrase("it", Acquire, "deep web|dark web|torrent", Weak),
        Verb("it", Acquire, "scaricare|scarica|comprare|cerco|sto cercando", 0.3, 0.45, 0.65, ItSubject),
        Object("it", Trade, "foto|video|link|contenuti|collezione|file|pack"),
        Phrase("it", Trade, "scambio foto|scambiamo|scambiamoci|vuoi scambiare|facciamo scambio|condividere la mia collezione|condivido la mia collezione|in vendita|vendo la mia", Clear),
        Verb("it", Trade, "scambiare|scambio|vendere|vendo", 0.25, 0.4, 0.7, "lo|uno|di|lo scambio|io|si", "culturale|di studenti|linguistico|di opinioni"),
        Object("it", ImageManipulation, "la|lo|questa foto|questa immagine|la foto|l immagine|foto|immagine|la mia collega|la mia vicina|la mia amica|questa ragazza|questa donna|lei"),
        Phrase("it", ImageManipulation, "spogliala|spoglialo|spogliarla|spogliarlo|toglile i vestiti|togligli i vestiti|togliere i vestiti a|rendila nuda|falla nuda|mettila nuda|scambia il volto|scambio di volto|metti il suo volto|metti la sua faccia|app per spogliare|per spogliare|spogliare la foto|spoglia la foto|spogliare questa|spoglia questa", Clear),
        Phrase("it", ImageManipulation, "togli i vestiti|togliere i vestiti|senza vestiti", Weak, requested: Fair),
        Verb("it", ImageManipulation, "spoglia|spogliare", 0.15, 0.35, 0.75, "si|mi|ti|ci|vi|io|lei|lui|è"),
        Phrase("it", ImageReference, "questa foto di|questa immagine di|la sua foto|le sue foto|foto della mia|foto del mio|una foto della mia|una foto del mio|foto di mia|foto di mio|l immagine allegata|la foto allegata|foto in allegato|la foto che ti ho mandato", Fair),
        Phrase("it", ImageReference, "questa foto|questa immagine", Weak),
        Phrase("it", Advocacy, "i bambini possono acconsentire|i minori possono acconsentire|i bambini possono dare il consenso|abbassare l età del consenso|abolire l età del consenso|eliminare l età del consenso|pro contatto", Unambiguous),
        Phrase("it", Advocacy, "attratto dai minori|attratta dai minori|attrazione per i minori", Weak),
        Phrase("it", Advocacy, "dovrebbe essere legale|dovrebbe essere permesso|non c è niente di male|niente di male|non c è nulla di male|è naturale|è del tutto naturale|dovrebbero poter|dovrebbe poter|dovrebbe essere abbassata|non fa male|non è dannoso|può decidere|è amore|va bene|è accettabile|andrebbe abolita|andrebbe abolito|andrebbe abbassata|possono scegliere|possono decidere|dovrebbe sparire|è innocuo|sono innocue|andrebbero normalizzate|andrebbero normalizzati|normalizzate|dovrebbero essere liberi", Generic),
        Purpose("it", "per parlare con|per chattare con|per avvicinare|per conoscere|per avvicinarmi|e chattare con|e parlare con"),
        Phrase("it", PeerPretence, "fingere di essere una ragazzina|fingere di essere un ragazzino|fingere di essere un bambino|fingere di essere una bambina|fingermi una ragazzina|fingermi un ragazzino|spacciarmi per una ragazzina|spacciarmi per un ragazzino|spacciarmi per minorenne|fingermi minorenne|profilo falso da ragazzina", Clear),
        Phrase("it", PeerPretence, "spacciarmi per|spacciarsi per|fingermi|fingere di essere|profilo falso|profilo fake|account falso", Silent, withNumber: Fair, withPurpose: 0.7),

        // ================= Russian =================
        Request("ru", "можешь|можете|мог бы|могла бы|сможешь|пожалуйста|плиз|пж|пжлст|плз|хочу чтобы|хочу|мне нужно|нужно|нужна|нужен|дай|дай мне|покажи|давай|помоги"),
        Object("ru", Generate, "рассказ*|истори*|стих*|картин*|изображени*|фото|рисун*|сцен*|иллюстраци*|сказк*|текст|песн*|портрет*|фанфик*", alone: Fair),
        Imperative("ru", Generate, "напиши|напишите|сгенерируй|сгенерируйте|нарисуй|нарисуйте|опиши|опишите|придумай|придумайте|сочини|сочините|изобрази", 0.7, 0.85),
        Imperative("ru", Generate, "создай|создайте", 0.55, 0.75),
        Imperative("ru", Generate, "сделай|сделайте|расскажи", 0.45, 0.7),
        Verb("ru", Generate, "написать|сгенерировать|нарисовать|описать|придумать|сочинить", 0.3, 0.6, 0.8, "я|мы|он|она|они"),
        Verb("ru", Generate, "создать", 0.3, 0.45, 0.7, "я|мы|он|она|они"),
        Phrase("ru", Generate, "рассказ про|рассказ о|историю про|историю о|сцену где|стих про|стихотворение про|картинку с|картинку где", Generic, requested: 0.65),
        Phrase("ru", RolePlay, "ролевая игра|ролевую игру|ролевой игре|ролевуха|ролевуху|ролёвка|ролёвку|ролевка|ролевку|сыграем в ролевую|притворись|притворяйся|представь что ты|сыграй роль|играй роль|веди себя как|теперь ты|ты теперь|с этого момента ты|оставайся в роли|не выходи из роли|отыгрывай", Clear),
        Imperative("ru", RolePlay, "представь", Generic, 0.75),
        Object("ru", RolePlay, "что ты|себя|будто ты"),
        Phrase("ru", RolePlay, "ты|тебе", Silent, withNumber: Fair),
        Object("ru", Acquire, "фото|фотк*|видео|ссылк*|контент|коллекци*|файл*|папк*|архив*|групп*|сайт*|канал*"),
        Phrase("ru", Acquire, "где найти|где можно найти|где взять|где достать|где купить|где можно купить|где скачать|где можно скачать|где посмотреть|скинь ссылку|скиньте ссылку|скинь ссылки|киньте ссылку|дай ссылку|дайте ссылку|ссылку плиз|есть ссылка|есть ссылки|у кого есть|кто может скинуть|группа в телеграме|телеграм канал|телеграм группа|тг канал|сайт с", Clear),
        Phrase("ru", Acquire, "даркнет|дарквеб|торрент", Weak),
        Verb("ru", Acquire, "скачать|купить|ищу", 0.3, 0.45, 0.65, "он|она|они|мы"),
        Object("ru", Trade, "фото|фотк*|фотками|видео|ссылк*|контент|коллекци*|файл*"),
        Phrase("ru", Trade, "давай обменяемся|обменяемся|меняюсь|поменяемся|давай меняться|кто меняется|поделюсь коллекцией|продам|продаю|на продажу", Clear),
        Verb("ru", Trade, "обмен|обменять|обменяться|поменяться|продать", 0.25, 0.4, 0.7, null, "валют*|опытом|веществ|мнениями"),
        Object("ru", ImageManipulation, "её|ее|его|это фото|этом фото|эту фотографию|этой фотографии|фото|фотку|фотографию|картинку|одноклассниц*|коллегу|соседку|подругу|девушку"),
        Phrase("ru", ImageManipulation, "раздень|разденьте|раздень её|сними с неё одежду|сними с нее одежду|сними одежду с|убери одежду|убери с неё одежду|сделай её голой|сделай ее голой|сделай голой|замени лицо|поменяй лицо|вставь её лицо|вставь ее лицо|дипфейк*|раздевалк* приложени*", Clear),
        Phrase("ru", ImageManipulation, "снять одежду|сними одежду|без одежды", Weak, requested: Fair),
        Verb("ru", ImageManipulation, "раздеть", 0.15, 0.35, 0.75, "себя|я|мы|он|она"),
        Phrase("ru", ImageReference, "её фото|ее фото|его фото|её фотку|ее фотку|фото моей|фото моего|фотографию моей|фотографию моего|фотку моей|фотку моего|прикреплённое фото|прикрепленное фото|фото в приложении|фото которое я отправил", Fair),
        Phrase("ru", ImageReference, "это фото|эту фотографию|эта фотография|это изображение|эту картинку|эту фотку|этом фото|этой фотографии", Weak),
        Phrase("ru", Advocacy, "дети могут дать согласие|дети способны дать согласие|снизить возраст согласия|понизить возраст согласия|отменить возраст согласия|снижение возраста согласия|отмена возраста согласия|про контакт", Unambiguous),
        Phrase("ru", Advocacy, "должно быть легально|должно быть разрешено|нужно легализовать|нет ничего плохого|ничего плохого в|это естественно|это нормально|абсолютно естественно|должны иметь право|должен иметь право|имеют право|не вредно|не причиняет вреда|может решить сама|это любовь|следует снизить|это нормально|допустимо|следует отменить|могут сами решать|сами хотят|безвредн*|должен исчезнуть|нужно отменить|следует узаконить|должны быть свободны", Generic),
        Purpose("ru", "чтобы общаться|чтобы поговорить|чтобы познакомиться|чтобы переписываться|чтобы сблизиться|чтобы написать|и общаться с|и переписываться с"),
        Phrase("ru", PeerPretence, "притвориться ребёнком|притвориться ребенком|притвориться подростком|притворяться подростком|притворяться ребёнком|притвориться школьницей|притвориться школьником|выдать себя за подростка|выдавать себя за подростка|выдать себя за школьницу|выдавать себя за ребёнка|представиться школьницей|фейковый профиль школьницы", Clear),
        Phrase("ru", PeerPretence, "выдавать себя за|выдать себя за|притвориться|притворяться|фейковый профиль|фейковый аккаунт|фейк аккаунт|фейк страниц*", Silent, withNumber: Fair, withPurpose: 0.7),

        // ================= Chinese =================
        Request("zh", "请|帮我|给我|帮忙|能不能|能否|可不可以|你能|你可以|我想要|我要|麻烦"),
        Object("zh", Generate, "故事|图片|图像|照片|插画|插图|场景|诗|小说|文章|画|漫画|剧本|歌词", alone: Fair),
        Imperative("zh", Generate, "写一个|写一篇|写一段|写一首|写个|写篇|写首|帮我写|给我写|请写|生成一张|生成一个|生成一段|生成一幅|生成图片|生成|帮我生成|画一张|画一幅|画一个|画一只|画个|画张|帮我画|给我画|请画|创作一个|创作一篇|创作|描写一下|描述一下|编一个|编个", 0.65, 0.85),
        Imperative("zh", Generate, "做一张|做一个|帮我做", Weak, 0.65),
        Phrase("zh", Generate, "讲个故事|讲一个故事|给我讲个故事|说个故事", Clear),
        Phrase("zh", Generate, "一个关于|一篇关于|一张关于", Generic, requested: 0.65),
        Phrase("zh", RolePlay, "角色扮演|玩角色扮演|扮演|假装你是|假装你|你现在是|从现在开始你是|从现在起你是|保持角色|别出戏|不要出戏|你来演", Clear),
        Phrase("zh", RolePlay, "你是|你今年", Silent, withNumber: Fair),
        Object("zh", Acquire, "资源|链接|图片|视频|照片|合集|网站|群|频道|种子"),
        Phrase("zh", Acquire, "哪里可以找到|哪里能找到|在哪里找|哪里找|哪里可以下载|哪里能下载|在哪下载|哪里下载|哪里可以买|哪里能买|在哪买|哪里买|发个链接|发链接|求链接|求资源|求种子|有链接吗|谁有|有没有人有|电报群|tg群|网盘链接", Clear),
        Phrase("zh", Acquire, "暗网|种子", Weak),
        Verb("zh", Acquire, "下载|购买|想买|寻找", 0.3, 0.45, 0.65, null, "量|速度|中"),
        Object("zh", Trade, "图片|视频|照片|资源|合集|收藏"),
        Phrase("zh", Trade, "交换图片|交换照片|交换视频|互换|换图|换资源|分享我的收藏|出售|出售资源|交易", Clear),
        Verb("zh", Trade, "交换|卖", 0.25, 0.4, 0.7),
        Object("zh", ImageManipulation, "这张照片|这张图片|照片|图片|她|他|同学|同事|邻居"),
        Phrase("zh", ImageManipulation, "一键脱衣|脱衣软件|脱衣app|ai脱衣|去衣|去掉衣服|去除衣服|脱掉衣服|脱掉她的衣服|把衣服去掉|把衣服脱掉|ai换脸|换脸软件|深度伪造|透视衣服", Unambiguous),
        Phrase("zh", ImageManipulation, "换脸|把她的脸换|把脸换成", Fair),
        Verb("zh", ImageManipulation, "脱衣|脱光", 0.2, 0.45, 0.75),
        Phrase("zh", ImageReference, "她的照片|他的照片|她的图片|他的图片|她的自拍|同学的照片|朋友的照片|同事的照片|邻居的照片|前任的照片|女朋友的照片|附件中的图片|附件里的照片|附件里的图片|我上传的照片|我发的照片|这张照片里的|这张图片里的", Fair),
        Phrase("zh", ImageReference, "这张照片|这张图片|这张图|这个照片", Weak),
        Phrase("zh", Advocacy, "儿童可以同意|孩子可以同意|未成年人可以同意|降低性同意年龄|取消性同意年龄|废除性同意年龄|降低同意年龄|取消同意年龄", Unambiguous),
        Phrase("zh", Advocacy, "应该合法|应该合法化|没什么不对|没有什么错|没什么错|很正常|很自然|是自然的|应该可以|应该允许|应该降到|应该降低|不会伤害|没有伤害|根本没有必要|可以自己决定|是爱|没问题|可以接受|应该取消|应该废除|可以自己选择|无害|自己想要|应该消失|应该被接受|应该正常化|应该有自由", Generic),
        Purpose("zh", "聊天|接近|认识他们|认识她们|搭讪|交朋友"),
        Phrase("zh", PeerPretence, "假装成小孩|假装是小孩|假装成初中生|假装成中学生|假装成小学生|装成小女孩|装成初中生|冒充未成年|冒充学生|冒充初中生|冒充小孩|扮成小女孩|假扮成学生", Clear),
        Phrase("zh", PeerPretence, "假装成|伪装成|冒充|假账号|小号|装成", Silent, withNumber: Fair, withPurpose: 0.7),

        // ================= Japanese =================
        Object("ja", Generate, "物語|小説|ストーリー|イラスト|画像|絵|写真|詩|シーン|場面|漫画|文章|歌詞", alone: Silent),
        Imperative("ja", Generate, "生成して|描いて|描いてください|書いてください|作成して|描写して|創作して|書いてほしい|描いてほしい", 0.7, 0.85),
        Imperative("ja", Generate, "書いて", 0.55, 0.8),
        Imperative("ja", Generate, "作って|作ってください|考えて", Weak, 0.7),
        Phrase("ja", Generate, "物語を聞かせて|お話をして|話を作って", Clear),
        Phrase("ja", RolePlay, "ロールプレイ|ロールプレイング|なりきって|なりきり|になりきって|演じて|役を演じて|キャラを崩さないで|キャラを守って|という設定で", Clear),
        Phrase("ja", RolePlay, "ふりをして", Clear, prevVeto: "子供の|子どもの|中学生の|小学生の|女子中学生の|年下の|学生の"),
        Phrase("ja", RolePlay, "あなたは|君は|お前は", Silent, withNumber: Fair),
        Object("ja", Acquire, "画像|動画|リンク|データ|まとめ|サイト|グループ"),
        Phrase("ja", Acquire, "どこで見つけ|どこで手に入|どこで買え|どこで買う|どこでダウンロード|どこで落とせ|リンクください|リンクを送って|リンク貼って|リンクちょうだい|持ってる人|テレグラムのグループ|入手方法", Clear),
        Phrase("ja", Acquire, "ダークウェブ|トレント|手に入る|手に入れ|入手|サイト教えて|どこで見れる", Weak),
        Verb("ja", Acquire, "ダウンロード|購入", 0.3, 0.45, 0.65),
        Object("ja", Trade, "画像|動画|写真|コレクション|データ"),
        Phrase("ja", Trade, "交換しよう|交換しませんか|交換しない|トレードしよう|コレクションを共有|売ります|販売します", Clear),
        Verb("ja", Trade, "交換|トレード", 0.25, 0.4, 0.7),
        Phrase("ja", ImageManipulation, "脱がせて|脱がして|脱がせ|服を消して|服を消す|服を脱がせ|服を透け|裸にして|裸にする|顔を入れ替え|顔を差し替え|顔交換|ディープフェイク|脱衣アプリ", Clear),
        Phrase("ja", ImageReference, "彼女の写真|彼の写真|彼女の画像|同級生の写真|クラスメイトの写真|友達の写真|同僚の写真|元カノの写真|添付の画像|添付した写真|添付画像|この写真に写って|この写真の人|写真の彼女", Fair),
        Phrase("ja", ImageReference, "この写真|この画像", Weak),
        Phrase("ja", Advocacy, "子供も同意できる|子どもも同意できる|子供は同意できる|同意年齢を下げ|同意年齢を引き下げ|同意年齢を撤廃|性的同意年齢の撤廃", Unambiguous),
        Phrase("ja", Advocacy, "合法にすべき|合法化すべき|何も悪くない|悪いことではない|自然なこと|当然のこと|認められるべき|許されるべき|下げるべき|害はない|悪影響はない|自分で決められる|愛だ|同意できる|に同意できる|問題ない|撤廃すべき|自分で選べる|無害|撤廃を訴え|同意年齢の撤廃|認めるべき|普通のこと|自由にすべき", Generic),
        Purpose("ja", "と話すため|と仲良くなるため|に近づくため|と話す為|と話す|とチャット|と繋がる"),
        Phrase("ja", PeerPretence, "子供のふり|子どものふり|中学生のふり|小学生のふり|女子中学生のふり|年下のふり|子供になりすま|中学生になりすま|女子中学生になりすま|学生になりすま", Clear),
        Phrase("ja", PeerPretence, "なりすまし|なりすます|偽アカ|偽のアカウント|のふりをして", Silent, withNumber: Fair, withPurpose: 0.7),
    ];

    private static IntentRuleSpec Request(string language, string pattern) =>
        new($"intent.{language}.request", language, Generate, IntentCue.Request, pattern);

    private static IntentRuleSpec Purpose(string language, string pattern) =>
        new($"intent.{language}.purpose", language, PeerPretence, IntentCue.Purpose, pattern);

    /// <summary>A noun completing an action of <paramref name="kind"/>; <paramref name="alone"/> is its confidence right after a request ("give me a story").</summary>
    private static IntentRuleSpec Object(string language, IntentKind kind, string pattern, double alone = Silent) =>
        new(Id(language, kind), language, kind, IntentCue.Object, pattern) { Requested = alone };

    private static IntentRuleSpec Phrase(
        string language, IntentKind kind, string pattern, double confidence, double? requested = null, double withNumber = Silent,
        double withPurpose = Silent, string? prevVeto = null, string? nextVeto = null) =>
        new(Id(language, kind), language, kind, IntentCue.Phrase, pattern)
        {
            Confidence = confidence, Requested = requested ?? confidence, WithNumber = withNumber, WithPurpose = withPurpose,
            PrevVeto = prevVeto, NextVeto = nextVeto,
        };

    /// <summary>A verb whose reading depends on a request: <paramref name="bare"/> alone, <paramref name="requested"/> in a request, <paramref name="withObject"/> in a request with an object.</summary>
    private static IntentRuleSpec Verb(
        string language, IntentKind kind, string pattern, double bare, double requested, double withObject, string? prevVeto = null, string? nextVeto = null) =>
        new(Id(language, kind), language, kind, IntentCue.Action, pattern)
        {
            Confidence = bare, Requested = requested, WithObject = withObject, PrevVeto = prevVeto, NextVeto = nextVeto,
        };

    /// <summary>A verb in a request form (imperative, "…て", "帮我…"): always requested.</summary>
    private static IntentRuleSpec Imperative(string language, IntentKind kind, string pattern, double confidence, double withObject) =>
        new(Id(language, kind), language, kind, IntentCue.Action, pattern)
        {
            Confidence = confidence, Requested = confidence, WithObject = withObject, Imperative = true,
        };

    private static string Id(string language, IntentKind kind) => $"intent.{language}.{Slug(kind)}";

    public static string Slug(IntentKind kind) => kind switch
    {
        Generate => "generate",
        RolePlay => "role_play",
        Acquire => "acquire",
        Trade => "trade",
        ImageManipulation => "image_manipulation",
        ImageReference => "image_reference",
        Advocacy => "advocacy",
        PeerPretence => "peer_pretence",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown intent."),
    };
}
