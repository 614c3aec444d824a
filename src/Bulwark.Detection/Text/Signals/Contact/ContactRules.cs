using static Bulwark.Detection.Text.Signals.ContactCueKind;

namespace Bulwark.Detection.Text.Signals.Contact;

/// <summary>
/// The rules and word lists of <see cref="ContactCueDetector"/>, as data. Words are written as people type them in chat
/// (no accents, "u", "ur", "dont", "pls"); <see cref="ContactLexicon"/> folds them like the input, so accented and
/// unaccented spellings are one rule. Phrases built as every head followed by every tail are a <see cref="Pair"/> of rules.
/// The choices behind the scores are in README.md.
/// </summary>
internal static class ContactRules
{
    /// <summary>A phrase that says the behaviour outright ("don't tell your parents", "add me on snap").</summary>
    private const double Strong = 0.8;

    /// <summary>A phrase that usually says it, with an everyday reading now and then ("let's meet", "dm me").</summary>
    private const double Usual = 0.6;

    /// <summary>A word or phrase with a common innocent sense: context for the classifier, not a finding on its own.</summary>
    private const double Unsure = 0.4;

    /// <summary>A bare item or connective ("robux", "bitcoin", "or else", "sonst"): weaker still.</summary>
    private const double Faint = 0.3;

    /// <summary>Someone else's threat against the writer's images, reported ("he'll send my pics"): lower than the threat itself.</summary>
    private const double ReportedThreat = 0.6;

    /// <summary>Second-person address: context only, never a finding on its own.</summary>
    private const double Address = 0.3;

    /// <summary>Sums of money: a number with one of these before or after it is an amount ("$500", "200 euros", "500元").</summary>
    public const string CurrencyWords =
        "dollars|dollar|bucks|usd|eur|euro|euros|pounds|gbp|quid|pesos|reais|reales|francs|rubles|roubles|btc|" +
        "рублей|рубля|рубль|руб|евро|долларов|баксов|元|块|円";

    /// <summary>
    /// Messaging apps and private channels of every language, a word class: "add me on" is a cue only with one right
    /// after it ("add me on snap", "ajoute-moi sur insta", "напиши в телегу"), checked in the same lookup as the word.
    /// </summary>
    public const string AppWords =
        "snap|snapchat|sc|insta|instagram|ig|telegram|tg|whatsapp|wa|discord|kik|wickr|signal|skype|wechat|threema|viber|messenger|dms|dm|pm|wasap|whats|wsp|privado|md|prive|privé|mp|privat|pn|zap|zapzap|wpp|pv|direct|privato|телегу|телеграм|телеграмм|тг|вотсап|ватсап|вк|вконтакте|инсту|инстаграм|снап|снэп|дискорд|личку|лс|личные|вайбер|скайп";

    /// <summary>The apps after generic verbs ("move to", "switch to", "go on"), which are too common before other words ("move to line 5").</summary>
    public const string PrivateAppWords = "snap|snapchat|telegram|whatsapp|discord|kik|wickr|insta|instagram|dms|private|dm|pm";

    // ---- Images: the writer's target's ("your") and the writer's own ("my") ----
    private const string EnYourImages =
        "your pics|ur pics|your pictures|ur pictures|your photos|ur photos|your videos|ur videos|your vids|ur vids|your pic|ur pic|" +
        "your photo|ur photo|your video|your chats|ur chats|your messages|ur messages|your screenshots|your secrets|those pics|those photos|" +
        "these pics|these photos|the pics you sent|the pics u sent|what you sent|what u sent|everything you sent|everything u sent";

    private const string EnYourNudes = "your nudes|ur nudes|your nude|ur nude|your nude pics|your private pics|your private photos|ur private pics";
    private const string EnMyImages = "my pics|my pictures|my photos|my nudes|my videos|my vids|my pic|my photo|my video|my chats|my messages|my screenshots|the pics i sent|what i sent";
    private const string EnAudience = "to your parents|to ur parents|to your mom|to ur mom|to your mum|to your dad|to your family|to ur family|to your school|to ur school|to your friends|to ur friends|to your followers|to your teachers|to your class|to your classmates|to your contacts|to everyone you know|to everyone u know|to all your friends|to all ur friends|to all your contacts";
    private const string EnMyAudience = "to my parents|to my mom|to my mum|to my dad|to my family|to my school|to my friends|to my followers|to my class|to my classmates|to my contacts|to everyone i know|to all my friends";

    private const string EnImages = "a pic|a picture|a photo|a selfie|pics|pictures|photos|selfies|a video|videos|vids|a vid|a snap|some pics|more pics|your pic|ur pic|your pics|ur pics|a pic of you|a pic of urself|a photo of you|a picture of you|nudes|a nude|a full body pic|a body pic|pic|photo|selfie";
    private const string EnNotYours = "of the|of that|of this|of it|of my|of his|of her|of their|of them|of a|of an|from|for the|for my";

    /// <summary>Phrases of second-person address, one finding per text: context for the other cues.</summary>
    public static readonly ContactRuleSpec[] SecondPersonRules =
    [
        Second("en", "you|your|yours|yourself|u|ur|urself|youre|yall"),
        Second("es", "tu|tus|te|ti|contigo|tuyo|tuya|usted|vos|eres"),
        Second("fr", "toi|ton|ta|tes|vous|votre|vos|tu"),
        Second("de", "du|dich|dir|dein|deine|deinen|deinem|deiner|euch|euer"),
        Second("pt", "voce|vc|voces|vcs|teu|tua|teus|tuas|contigo|tu|te"),
        Second("it", "tuo|tua|tuoi|tue|voi|tu|te|ti"),
        Second("ru", "ты|тебя|тебе|тобой|твой|твоя|твоё|твое|твои|твою|твоего|твоей|вы|вас|вам|ваш|ваша"),
        Second("zh", "你|您"),
        Second("ja", "君|きみ|あなた|あんた|お前|おまえ|てめえ"),
    ];

    public static readonly ContactRuleSpec[] All =
    [
        // ==== English ====
        .. Pair("en", Secrecy, "don't tell|dont tell|do not tell|never tell|dnt tell|don't you tell|dont u tell|don't u tell", "your parents|ur parents|your mom|ur mom|your mum|ur mum|your dad|ur dad|your mother|your father|your family|ur family|your friends|ur friends|your teacher|your teachers|anyone|anybody|any1|no one|nobody|your sister|your brother|them about us", Strong),
        Cue("en", Secrecy, "our secret|our little secret|our lil secret|our special secret|r secret|our secrets|just our secret", Strong,
            nextVeto: "ingredient|ingredients|recipe|sauce|weapon|santa|menu|formula|garden|project|plan|plans"),
        Cue("en", Secrecy, "delete our chats|delete our chat|delete our messages|delete our msgs|delete our texts|delete our convo|delete our conversation|delete our conversations|delete these messages|delete this chat|delete the chat|delete the messages|delete our dms|delete the dms|delete my messages|delete everything i sent|clear our chat", 0.7),
        Cue("en", Secrecy, "nobody needs to know|no one needs to know|nobody has to know|no one has to know|nobody will know|no one will know|no one can know|nobody can know|no one else needs to know|don't let your parents see|dont let your parents see|dont let ur parents see|don't let ur parents see|hide this from your parents|hide it from your parents|hide this from ur parents|keep us a secret|keep this a secret from|keep it from your parents", 0.7),
        Cue("en", Secrecy, "keep this between us|keep it between us|just between us|this stays between us|between you and me|between u and me|keep it secret|keep this secret|keep it a secret", Unsure),

        Cue("en", Isolation, "mature for your age|mature for ur age|mature for a|grown up for your age|grown up for ur age|older than your age|you seem older|u seem older|not like other girls|not like other kids|not like the other girls", 0.75),
        .. Pair("en", Isolation, "your parents|ur parents|your mom|ur mom|your mum|your dad|ur dad|your family|ur family|your friends|ur friends|they", "don't understand you|dont understand you|don't understand u|dont understand u|don't get you|dont get you|dont get u|just don't understand|just dont understand|wouldn't understand|wouldnt understand|won't understand|wont understand|will never understand|never understand you", 0.75,
            nextVeto: "the question|the problem|the instructions|this"),
        Cue("en", Isolation, "only i understand you|only i understand u|only i get you|only i get u|the only one who understands you|the only one who understands u|the only one who gets you|the only one who gets u|nobody understands you like|no one understands you like|no one gets you like|nobody gets you like|i understand you better than", 0.75),
        Cue("en", Isolation, "your friends are jealous|ur friends are jealous|your friends are just jealous|ur friends are just jealous|they're just jealous of you|you don't need them|you dont need them|u dont need them|you don't need your parents|you dont need your parents", 0.6),
        Cue("en", Isolation, "you can trust me|u can trust me|you can tell me anything|u can tell me anything|trust me more than", Unsure),

        Channel("en", "add me on|add me in|hmu on|hit me up on|talk on|chat on|message me on|msg me on|text me on|find me on|dm me on|join me on|let's talk on|lets talk on|let's move to|lets move to|let's chat on|lets chat on|let's talk in|lets talk in", Strong),
        Channel("en", "move to|switch to|go on|come on|continue on|continue in|talk in|let's go to|lets go to|move this to|take this to", Strong, narrow: true),
        .. Pair("en", PrivateChannel, "what's your|whats your|whats ur|what's ur|what is your|wats ur|wat's ur|give me your|give me ur|gimme your|gimme ur|send me your|send me ur|drop your|drop ur|do you have|do u have|u got|you got", "snap|snapchat|sc|insta|ig|telegram|whatsapp|discord|kik|number|num|phone number|cell|digits|wechat|skype|wickr", 0.7),
        Cue("en", PrivateChannel, "dm me|pm me|inbox me|slide into my dms|slide in my dms|message me privately|msg me privately|talk privately|talk in private|go private|somewhere private|somewhere more private|add me|ur snap|your snap", Usual,
            nextVeto: "to the|to this|to that|to your list|as a friend"),

        Cue("en", Gifts, "i'll buy you|ill buy you|i will buy you|i can buy you|i could buy you|let me buy you|i wanna buy you|i want to buy you|i'll buy u|ill buy u|i can buy u|i'll pay for your|ill pay for ur|i can pay for your|i'll get you a new|i can get you a new", 0.7),
        .. Pair("en", Gifts, "i'll send you|ill send you|i will send you|i can send you|ill send u|i'll send u|i can send u|i'll give you|ill give you|i will give you|i can give you|i can give u|ill give u|i'll get you|ill get you|i can get you|i can get u|i'll buy you|ill buy you", "money|cash|robux|vbucks|v bucks|gift card|a gift card|some robux|free robux|skins|a new phone|a phone|an iphone|a present|a gift|presents|gifts|some money|some cash|a ps5|an xbox", 0.75),
        Cue("en", Gifts, "free robux|free vbucks|free v bucks|free skins|want robux|want some robux|want free robux|want vbucks|want some vbucks|u want robux|you want robux|need robux|need vbucks", Usual),
        Cue("en", Gifts, "robux|vbucks|v bucks|gift card|gift cards|giftcard|skins|battle pass|a new phone|new iphone", Faint),

        .. Pair("en", ImageRequest, "send me|snd me|sen me|send|can you send|can u send|u send|you send|send over|snap me|gimme|give me|can i get|can i have|i want to see|i wanna see|let me see|lemme see|can i see", EnImages, 0.75, nextVeto: EnNotYours),
        Cue("en", ImageRequest, "turn on your cam|turn on ur cam|turn your cam on|turn ur cam on|put your cam on|put ur cam on|get on cam|go on cam|hop on cam|open your cam|open ur cam|turn on your camera|turn on ur camera|turn your camera on|switch on your camera|show me yourself|show me urself|show me your body|show me ur body|show yourself|let me see you|lemme see you|facetime me", 0.75),
        Cue("en", ImageRequest, "video call|videocall|vid call|video chat|cam on|facetime", 0.5,
            prevVeto: "the|our|team|weekly|daily|work|this|that|zoom|teams|next|a work"),
        Cue("en", ImageRequest, "a picture of you|a pic of you|a photo of you|pics of you|pictures of you|photos of you|a picture of yourself|a pic of urself|pic of u", 0.5,
            prevVeto: "saw|seen|found|took|posted|have|got|s|is|was|this|that|the|nice|great|love|like|cute|printed|framed"),
        Cue("en", ImageRequest, "show me", Unsure,
            nextVeto: "how|the|where|what|around|a|an|it|that|this|again|more|some|which|why|when|your work|your code|your screen|your ticket|your id|your receipt|your passport|your hands|in|on|to|up|out|off|yours"),

        Cue("en", Meeting, "let's meet|lets meet|let us meet|we should meet|we could meet|wanna meet|want to meet|want 2 meet|meet up|meet me|can we meet|can i meet you|i want to meet you|i wanna meet you|meet irl|meet in person", Usual,
            nextVeto: "requirements|expectations|the deadline|the needs|halfway"),
        Cue("en", Meeting, "i'll pick you up|ill pick you up|i will pick you up|i can pick you up|i'll pick u up|ill pick u up|i can pick u up|i'll come get you|ill come get you|i can come get you|come to my place|come to my house|come to mine|come to my apartment|come to my flat|come to my hotel|come to my room|sneak out|don't tell anyone where you're going", Usual),
        Cue("en", Meeting, "come alone|come by yourself|come by urself|don't bring anyone|dont bring anyone|be alone", Strong),
        Cue("en", Meeting, "where do you live|where do u live|where u live|where you live|where do you stay|what's your address|whats your address|whats ur address|send me your address|send me ur address|send me your location|send me ur location|share your location|share ur location|what school do you go to|what school do u go to|which school do you go to|what school u go to", Usual),
        Cue("en", Meeting, "come over|pick you up|pick u up|irl", Unsure),

        .. Pair("en", ExposureThreat, "send|post|share|show|upload|forward|publish|put|drop|dm|text|screenshot|send out", EnYourImages, 0.45, voice: ThreatVoice.Addressed, nextVeto: "with us|with me|here|in the|in this|on the thread|for the|from the|from your"),
        .. Pair("en", ExposureThreat, "send|post|share|show|upload|forward|publish|put|drop|leak|expose|spread|release|sell", EnYourNudes, Strong, voice: ThreatVoice.Addressed),
        .. Pair("en", ExposureThreat, "leak|expose|spread|release|sell", EnYourImages, Strong, voice: ThreatVoice.Addressed),
        Cue("en", ExposureThreat, "expose you|expose u|leak you", Strong, voice: ThreatVoice.Addressed),
        .. Pair("en", ExposureThreat, "send them|send it|send these|send this|send those|send everything|send the pics|post them|post it|post everything|share them|share it|show them|show it|show everything|forward them|forward it|leak them|leak it|send all|post all", EnAudience, 0.45, voice: ThreatVoice.Addressed),
        Cue("en", ExposureThreat, "show your parents|show ur parents|show your mom|show ur mom|show your mum|show your dad|show your school|show ur school|show your friends|show ur friends|show your followers|show everyone|tell your parents everything|tell ur parents everything|to everyone you know|to everyone u know|to all your friends|to all ur friends|to all your contacts|to all ur contacts|to all your followers", 0.45, voice: ThreatVoice.Addressed),
        Cue("en", ExposureThreat, "everyone will see your|everyone will see ur|everybody will see your|everyone's gonna see your|everyone is gonna see your|the whole school will see|your whole school will see|ur whole school will see|all your friends will see|everyone will know what you|ruin your life|ruin ur life|ruin your reputation|destroy your life|destroy ur life|destroy your reputation", Strong),
        Cue("en", ExposureThreat, "everyone will see|everybody will see|everyone will know|everyone will find out", Unsure),
        .. Pair("en", ExposureThreat, "send|post|share|show|upload|forward|publish|leak|expose|spread|release|sell", EnMyImages, ReportedThreat, name: "reported", voice: ThreatVoice.Reported),
        .. Pair("en", ExposureThreat, "send them|send it|post them|post it|share them|show them|forward them|leak them|send everything|post everything", EnMyAudience, ReportedThreat, name: "reported", voice: ThreatVoice.Reported),
        Reported("en", "expose me|leak me"),
        Opener("en", ContactRuleRole.FirstPersonOpener, "i ll|ill|i will|i'm gonna|im gonna|i m gonna|i'm going to|im going to|i am going to|imma|ima|or i|i'll just|ill just|i will just|i'm about to|im about to|watch me|i'll happily|i'll literally|i will literally|ill literally|i'm literally gonna|gonna"),
        Opener("en", ContactRuleRole.ReportedOpener, "he'll|she'll|they'll|he will|she will|they will|he's gonna|she's gonna|they're gonna|hes gonna|shes gonna|theyre gonna|he's going to|she's going to|they're going to|he is going to|she is going to|they are going to|threatening to|threatens to|threatened to|threatenin to|wants to|want to|he would|she would|they would|he'd|she'd|they'd|someone will|somebody will|going to|will"),

        Cue("en", Demand, "pay me|pay up|send me money|send me the money|send the money|send money|transfer the money|wire the money|venmo me|cashapp me|paypal me|pay in bitcoin|pay me in|in gift cards|send bitcoin|send btc|buy me a gift card|send me a gift card|send me gift cards|send me a steam card|send me an itunes card|unless you pay|unless u pay|if you don't pay|if you dont pay|if u dont pay|if u don't pay|if you don't send|if you dont send|if u dont send|unless you send|unless u send", 0.7,
            nextVeto: "back|attention|a visit|a compliment|respect|your respects|tribute|for the|for it"),
        Amount("en", "send me|give me|venmo me|cashapp me|paypal me|wire me|transfer me"),
        HalfDemand("en", pressure: false, "send more|more pics|more photos|more videos|send another|i want more|bitcoin|btc|crypto|gift card|gift cards|itunes card|steam card|you owe me|u owe me"),
        HalfDemand("en", pressure: true, "or else|or i ll|or ill|or i will|unless you|unless u|within 24 hours|within 24 hrs|within 24h|within an hour|within 1 hour|in 24 hours|you have 24 hours|u have 24 hours|you have until|u have until|or everyone|or everybody|or your parents|or ur parents|last chance|final warning|you have one hour|u have 1 hour"),

        // ==== Spanish ====
        .. Pair("es", Secrecy, "no se lo digas a|no le digas a|no les digas a|no se lo cuentes a|no le cuentes a|no les cuentes a|no digas nada a|no le digas nada a|no les digas nada a", "nadie|tus padres|tus papás|tu mamá|tu papá|tu madre|tu padre|tu familia|tus amigos|tus amigas|tus viejos", Strong),
        Cue("es", Secrecy, "nuestro secreto|nuestro pequeño secreto|nuestro secretito|es un secreto entre|nadie tiene que saber|nadie tiene por qué saber|nadie se tiene que enterar|nadie debe saber|nadie debe enterarse", 0.75,
            nextVeto: "profesional|de familia|del éxito|de cocina"),
        Cue("es", Secrecy, "borra los mensajes|borra el chat|borra la conversación|borra nuestros mensajes|borra nuestras conversaciones|borra los chats|borra todo lo que te mandé|borra nuestro chat|bórralo todo", 0.65),
        Cue("es", Secrecy, "que quede entre nosotros|queda entre nosotros|entre tú y yo|no digas nada", Unsure),
        Cue("es", Isolation, "madura para tu edad|maduro para tu edad|muy madura para|muy maduro para|madura para tener|pareces mayor|pareces más grande|tus padres no te entienden|tus papás no te entienden|tus padres no te comprenden|solo yo te entiendo|nadie te entiende como yo|tus amigas tienen celos|tus amigas te tienen envidia|tus amigos te tienen envidia|tus amigas están celosas", 0.75),
        Cue("es", Isolation, "puedes confiar en mí|confía en mí", Unsure),
        Channel("es", "agrégame a|agrégame en|agrégame al|añádeme en|añádeme a|añádeme al|hablemos por|hablamos por|hablemos en|escríbeme por|escríbeme al|escríbeme a|escríbeme en|pásate a|pasemos a|vámonos a|vamos a|mándame mensaje por|mándame un mensaje por|háblame por|háblame al|tienes", 0.75),
        Cue("es", PrivateChannel, "pásame tu número|dame tu número|cuál es tu número|pásame tu snap|pásame tu insta|pásame tu whatsapp|pásame tu wasap|pásame tu telegram|dame tu insta|dame tu snap|dame tu whatsapp|cuál es tu snap|cuál es tu insta|mándame dm|mándame md|hablemos en privado|por privado|al privado", 0.7),
        Cue("es", PrivateChannel, "agrégame|añádeme", 0.55, nextVeto: "al grupo|a la lista|a la reunión"),
        Cue("es", Gifts, "te compro|te voy a comprar|te lo compro|te regalo|te voy a regalar|te mando dinero|te envío dinero|te doy dinero|te paso dinero|te compraria|robux gratis|pavos gratis|te paso robux|te regalo robux", 0.65,
            nextVeto: "la razón|mi opinión|un consejo"),
        Cue("es", Gifts, "tarjeta regalo|tarjeta de regalo|robux|te pago", Faint),
        .. Pair("es", ImageRequest, "mándame|pásame|envíame|manda|pasa|envía|quiero ver|déjame ver|muéstrame|enséñame|me mandas|me pasas", "una foto|fotos|una foto tuya|foto tuya|fotos tuyas|una selfie|un selfie|selfies|un video|videos|una fotito|fotitos|tu cuerpo|tus fotos|una pic|pics|una imagen|un pack|tu pack", 0.75,
            nextVeto: "de la|del|de el|de los|de las|de eso|de esto|de tu viaje|del viaje"),
        Cue("es", ImageRequest, "prende la cámara|prende tu cámara|pon la cámara|enciende la cámara|enciende tu cámara|activa la cámara|activa tu cámara|abre la cámara|abre tu cámara", 0.75),
        Cue("es", ImageRequest, "videollamada|video llamada|hacemos videollamada", 0.5, prevVeto: "la|esta|nuestra"),
        Cue("es", Meeting, "quedamos|quedemos", Usual, prevVeto: "nos|se|me|te|lo", nextVeto: "en que|en eso|asi|de acuerdo|con|como"),
        Cue("es", Meeting, "nos vemos en|nos vemos a|nos vemos el|vernos en persona|podemos vernos|conocernos en persona|te paso a buscar|te recojo|paso por ti|voy por ti|ven a mi casa|vente a mi casa|dónde vives|en qué parte vives|a qué escuela vas|a qué colegio vas|en qué colegio estas|escápate|sal a escondidas", Usual),
        Cue("es", Meeting, "ven sola|ven solo|ven solita|no traigas a nadie|no le digas a nadie a dónde vas", Strong, nextVeto: "si|cuando"),
        Cue("es", Meeting, "quiero verte|nos vemos", Unsure),
        .. Pair("es", ExposureThreat, "voy a publicar|voy a mandar|voy a enviar|voy a subir|voy a pasar|voy a compartir|voy a filtrar|voy a mostrar|voy a ensenar|voy a difundir|voy a reenviar|publico|subo|mando|envío|comparto|filtro|difundo|paso", "tus fotos|tus videos|tus fotos íntimas|tus nudes|tus packs|tu pack|tus chats|tus mensajes|tus conversaciones|las fotos que me mandaste|lo que me mandaste|tus imágenes|tus capturas|tu foto|tu video", 0.9),
        .. Pair("es", ExposureThreat, "se las mando|se los mando|se lo mando|se las envío|se lo envío|se las paso|se lo enseño|se las enseño|se las muestro|se lo muestro|las mando|las envío|las publico|los mando|las subo|los publico", "a tus padres|a tu mamá|a tu madre|a tu papá|a tu familia|a tu escuela|a tu colegio|a tus amigos|a tus amigas|a todos|a todo el mundo|a todos tus contactos|a tus seguidores|a tus profesores", 0.85),
        Cue("es", ExposureThreat, "todos van a ver tus|todo el mundo va a ver tus|todos verán tus|te voy a arruinar la vida|arruinarte la vida|te arruino la vida|te voy a destruir", Strong),
        Cue("es", ExposureThreat, "todos van a ver|todo el mundo va a ver|todos se van a enterar", Unsure),
        .. Pair("es", ExposureThreat, "va a publicar|va a mandar|va a enviar|va a subir|va a compartir|va a filtrar|va a difundir|amenaza con publicar|amenaza con mandar|amenaza con enviar|amenaza con subir|amenaza con difundir|amenaza con filtrar|dice que va a publicar|dice que va a mandar", "mis fotos|mis videos|mis nudes|mis chats|mis mensajes|mis imágenes|mi pack|mis packs|las fotos", ReportedThreat, name: "reported"),
        Cue("es", Demand, "pagame|paga ya|me vas a pagar|mándame dinero|mándame plata|mándame la plata|mándame el dinero|transfiéreme|deposítame|hazme una transferencia|si no pagas|si no me pagas|si no me mandas|si no me das|con tarjetas de regalo", 0.7),
        HalfDemand("es", pressure: false, "mándame más|manda más|más fotos|bitcoin|me pagas|me debes"),
        HalfDemand("es", pressure: true, "o si no|o sino|a menos que|antes de 24 horas|en 24 horas|tienes 24 horas|tienes hasta|última oportunidad"),

        // ==== French ====
        .. Pair("fr", Secrecy, "ne dis rien à|ne dis pas à|dis rien à|ne le dis pas à|le dis pas à|ne le dis à|n en parle pas à|en parle pas à|ne raconte rien à|raconte rien à|ne dites rien à", "personne|tes parents|ta mère|ton père|ta maman|ton papa|ta famille|tes amis|tes amies|tes potes|ta soeur|ton frère", Strong,
            prevVeto: "je|il|elle|on"),
        Cue("fr", Secrecy, "dis le à personne|dis-le à personne|notre secret|notre petit secret|personne ne doit savoir|personne doit savoir|personne ne doit le savoir|personne doit le savoir|personne n a besoin de savoir|personne a besoin de savoir", 0.75,
            nextVeto: "professionnel|de famille|de fabrication|de la réussite"),
        Cue("fr", Secrecy, "supprime nos messages|supprime la conversation|efface nos messages|efface la conversation|supprime nos conversations|efface nos conversations|supprime le chat|efface le chat|supprime la discussion|efface la discussion|supprime tout ce que je t ai envoyé", 0.65),
        Cue("fr", Secrecy, "que ça reste entre nous|ça reste entre nous|reste entre nous|entre toi et moi|dis rien", Unsure),
        Cue("fr", Isolation, "mature pour ton âge|mûre pour ton âge|très mature pour|trop mature pour|si mature pour|tu fais plus que ton âge|tu fais plus vieille|tes parents ne te comprennent pas|tes parents te comprennent pas|personne te comprend comme moi|personne ne te comprend comme moi|moi seul te comprends|je suis le seul à te comprendre|je suis le seul qui te comprend|tes amies sont jalouses|tes amis sont jaloux|tes copines sont jalouses", 0.75),
        Cue("fr", Isolation, "tu peux me faire confiance|fais moi confiance", Unsure),
        Channel("fr", "ajoute moi sur|ajoute moi en|rajoute moi sur|ajoutes moi sur|on parle sur|parlons sur|on continue sur|viens sur|écris moi sur|écris moi en|contacte moi sur|on se parle sur|on passe sur|passons sur|on passe en|viens en|t as|tu as", 0.75),
        Cue("fr", PrivateChannel, "donne moi ton numero|file moi ton numero|c est quoi ton snap|c est quoi ton insta|c est quoi ton numero|envoie moi ton numero|passe moi ton numero|donne moi ton snap|donne moi ton insta|file moi ton snap|mp moi|envoie moi un mp|écris moi en privé", 0.7),
        Cue("fr", PrivateChannel, "ajoute moi|ton snap|en privé|en mp", 0.45, nextVeto: "au groupe|à la liste|dans le groupe"),
        Cue("fr", Gifts, "je t achète|je vais t acheter|je peux t acheter|je te l achète|je t offre|je vais t offrir|je t envoie de l argent|je te donne de l argent|je te file de l argent|robux gratuits|des robux|v bucks gratuits", 0.65,
            nextVeto: "mon aide|mes services|mes condoléances"),
        Cue("fr", Gifts, "carte cadeau|cartes cadeaux|robux|je te paie|je te paye", Faint),
        .. Pair("fr", ImageRequest, "envoie moi|envoi moi|envois moi|envoie|montre moi|fais moi voir|je veux voir|passe moi|file moi|balance", "une photo|une photo de toi|des photos|des photos de toi|une pic|des pics|un selfie|des selfies|une vidéo|des vidéos|ton corps|ta photo|tes photos", 0.75,
            nextVeto: "de la|du|des|de l|de ce|de cette|d un|d une|de ma|de mon|de tes vacances"),
        Cue("fr", ImageRequest, "allume ta cam|allume ta caméra|mets ta cam|mets ta caméra|active ta cam|active ta caméra|montre toi", 0.75),
        Cue("fr", ImageRequest, "appel vidéo|facetime", 0.5, prevVeto: "l|un|notre|cet|le"),
        Cue("fr", Meeting, "on se voit|on peut se voir|on se rejoint|on se retrouve|rejoins moi|retrouve moi|je viens te chercher|je passe te chercher|viens chez moi|tu habites où|où tu habites|où habites tu|tu vis où|t habites où|dans quelle école|tu vas dans quel collège|fais le mur", Usual),
        Cue("fr", Meeting, "viens seule|viens seul|viens toute seule|viens tout seul|ne ramène personne", Strong, nextVeto: "si|quand"),
        .. Pair("fr", ExposureThreat, "je vais envoyer|je vais publier|je vais poster|je vais partager|je vais montrer|je vais diffuser|je vais balancer|je vais leak|je vais faire tourner|j envoie|je publie|je poste|je balance|je diffuse|je montre|je partage|je fais tourner|je vais mettre", "tes photos|tes nudes|tes vidéos|tes messages|ta photo|tes conversations|tes captures|tes images|les photos que tu m as envoyées|ce que tu m as envoyé", 0.9),
        .. Pair("fr", ExposureThreat, "je les envoie|je vais les envoyer|je les montre|je vais les montrer|je les publie|je vais les publier|je l envoie|je vais l envoyer|je les balance|je vais les balancer", "à tes parents|à ta mère|à ton père|à ta famille|à ton école|à ton collège|à tes amis|à tous tes amis|à tout le monde|à tous tes contacts|à tes abonnés", 0.85),
        Cue("fr", ExposureThreat, "tout le monde va voir tes|tout le monde verra tes|je vais te pourrir la vie|je vais ruiner ta vie|je vais gâcher ta vie|je vais détruire ta vie", Strong),
        Cue("fr", ExposureThreat, "je publie tout|je balance tout|je diffuse tout|je montre tout|tout le monde va voir|tout le monde verra|tout le monde saura", Unsure),
        .. Pair("fr", ExposureThreat, "va envoyer|va publier|va poster|va partager|va montrer|va diffuser|va balancer|menace de publier|menace d envoyer|menace de diffuser|menace de montrer|menace de partager|menace de balancer", "mes photos|mes nudes|mes vidéos|mes messages|mes images|mes conversations", ReportedThreat, name: "reported"),
        Cue("fr", Demand, "paie moi|paye moi|payes moi|envoie moi de l argent|envoie moi l argent|envoie de l argent|vire moi|fais moi un virement|si tu paies pas|si tu ne paies pas|si tu payes pas|si tu ne payes pas|si tu m envoies pas|si tu ne m envoies pas|en cartes cadeaux", 0.7),
        HalfDemand("fr", pressure: false, "envoie en plus|envoie plus|encore des photos|d autres photos|tu vas payer|bitcoin|tu me dois"),
        HalfDemand("fr", pressure: true, "sinon|sinon je|sinon j|à moins que tu|sous 24 heures|dans 24 heures|dans les 24h|t as 24h|tu as 24 heures|tu as jusqu à|dernière chance"),

        // ==== German ====
        .. Pair("de", Secrecy, "sag es|sags|sag das|erzähl es|erzähls|erzähl das|verrat es|verrats|verrat das", "deinen eltern nicht|deiner mutter nicht|deiner mama nicht|deinem vater nicht|deinem papa nicht|niemandem|keinem|keinem menschen", Strong),
        .. Pair("de", Secrecy, "sag|erzähl|verrat|sag bitte|erzähl bitte", "niemandem|keinem|deinen eltern nichts|deiner mutter nichts|deiner mama nichts|deinem vater nichts|deinem papa nichts|deinen freunden nichts", Strong),
        Cue("de", Secrecy, "kein wort zu deinen eltern|kein wort zu niemandem|kein wort zu deiner mutter", Strong),
        Cue("de", Secrecy, "unser geheimnis|unser kleines geheimnis|niemand muss es wissen|niemand darf es wissen|niemand darf davon wissen|niemand muss davon wissen|niemand darf das wissen", 0.75),
        Cue("de", Secrecy, "lösch den chat|lösch die nachrichten|lösch unseren chat|lösch unsere nachrichten|lösch den verlauf|lösche den chat|lösche die nachrichten|lösche unseren chat|lösche unsere nachrichten|lösche den verlauf", 0.65),
        Cue("de", Secrecy, "das bleibt unter uns|bleibt unter uns|unter uns bleiben", Unsure),
        Cue("de", Isolation, "reif für dein alter|so reif für|reif für dein|erwachsen für dein alter|du wirkst älter|du bist so erwachsen|deine eltern verstehen dich nicht|nur ich verstehe dich|niemand versteht dich so wie ich|keiner versteht dich so wie ich|deine freunde sind eifersüchtig|deine freundinnen sind neidisch|deine freundinnen sind eifersüchtig|deine freunde sind neidisch", 0.75),
        Cue("de", Isolation, "du kannst mir vertrauen|vertrau mir", Unsure),
        Channel("de", "schreib mir auf|schreib mir bei|schreib mir über|schreib mir per|adde mich auf|add mich auf|lass uns auf|lass uns über|wir schreiben auf|komm auf|hast du|lass uns bei|wechseln wir zu", 0.75),
        Cue("de", PrivateChannel, "gib mir deine nummer|gib mir deine handynummer|was ist dein snap|wie ist dein snap|was ist dein insta|schick mir deine nummer|schreib mir privat|privat schreiben|per dm|per pn|schreib mir ne pn|schreib mir eine pn|schick mir ne dm|schreib mir ne dm", 0.7),
        Cue("de", PrivateChannel, "dein snap|adde mich|add mich", 0.45),
        Cue("de", Gifts, "ich kaufe dir|ich kauf dir|ich schenke dir|ich schenk dir|ich geb dir geld|ich gebe dir geld|ich schicke dir geld|ich schick dir geld|ich überweise dir|kauf ich dir|schenk ich dir|gratis robux|kostenlose robux", 0.65),
        Cue("de", Gifts, "gutschein|geschenkkarte|robux|ich bezahle dir", Faint),
        .. Pair("de", ImageRequest, "schick mir|schick|schicke mir|sende mir|send mir|zeig mir|ich will sehen|lass mich sehen|kannst du mir", "ein bild|ein foto|ein selfie|bilder|fotos|ein video|videos|ein bild von dir|ein foto von dir|deinen körper|bilder von dir|fotos von dir|pics|ein pic|dein foto|deine fotos|deine bilder", 0.75,
            nextVeto: "von der|vom|von dem|von den|der|des|aus dem|aus deinem urlaub"),
        Cue("de", ImageRequest, "mach die kamera an|mach deine kamera an|mach die cam an|mach deine cam an|kamera an|cam an|zeig dich|zeig dich mal", 0.75),
        Cue("de", ImageRequest, "videoanruf|videochat|facetime", 0.5, prevVeto: "den|der|im|unseren|unser"),
        Cue("de", Meeting, "treffen wir uns|lass uns treffen|wollen wir uns treffen|wir können uns treffen|können wir uns treffen|wir sollten uns treffen|lass uns mal treffen|triff mich|ich hol dich ab|ich hole dich ab|komm zu mir|wo wohnst du|auf welche schule gehst du|welche schule gehst du|schleich dich raus", Usual),
        Cue("de", Meeting, "komm allein|komm alleine|bring niemanden mit", Strong),
        .. Pair("de", ExposureThreat, "ich werde|ich werd|ich lade|ich stelle", "deine bilder|deine fotos|deine nacktbilder|deine nudes|deine videos|deine nachrichten|deine chats", Usual),
        .. Pair("de", ExposureThreat, "ich schicke|ich schick|ich sende|ich poste|ich veröffentliche|ich zeige|ich zeig|ich verbreite|ich leake|dann schicke ich|dann zeige ich|dann poste ich|sonst schicke ich|sonst zeige ich|sonst poste ich", "deine bilder|deine fotos|deine nacktbilder|deine nudes|deine videos|deine nachrichten|deine chats|dein foto|dein bild|dein video", 0.9),
        .. Pair("de", ExposureThreat, "ich schicke sie an|ich schick sie an|ich schicke es an|ich schick es an|ich schicke sie|ich zeige sie|ich zeig sie|ich zeige es|ich zeig es|schicke ich an|schick ich an|zeige ich|zeig ich|ich schicke alles an|ich schick alles an", "deine eltern|deinen eltern|deine schule|deiner schule|deine mutter|deiner mutter|deine familie|deiner familie|deine freunde|deinen freunden|alle deine freunde|allen deinen freunden|deine klasse|deiner klasse|deine follower|deinen followern|alle", 0.7),
        Cue("de", ExposureThreat, "alle werden deine|jeder wird deine|sonst sehen alle|dann sehen alle|ich mach dein leben kaputt|ich zerstöre dein leben|ich ruiniere dein leben|ich mache dein leben kaputt", Strong),
        Cue("de", ExposureThreat, "alle werden sehen|alle werden es sehen|jeder wird sehen|alle werden es wissen", Unsure),
        .. Pair("de", ExposureThreat, "er will|sie will|er wird|sie wird|er schickt|sie schickt|er postet|sie postet|er zeigt|sie zeigt|er veröffentlicht|sie veröffentlicht", "meine bilder|meine fotos|meine nacktbilder|meine nudes|meine videos|meine nachrichten|meine chats", ReportedThreat, name: "reported"),
        Cue("de", ExposureThreat, "meine fotos zu veröffentlichen|meine bilder zu veröffentlichen|meine fotos zu verschicken|meine bilder zu verschicken|meine fotos zu posten|meine bilder zu posten|meine fotos zu zeigen|meine bilder zu zeigen|meine bilder zu verbreiten|meine fotos zu verbreiten", ReportedThreat, name: "reported"),
        Cue("de", Demand, "zahl mir|zahle mir|bezahl mich|überweis mir|überweise mir|schick mir geld|schick mir das geld|gib mir geld|wenn du nicht zahlst|wenn du nicht bezahlst|wenn du nicht schickst|außer du zahlst|mit gutscheinen", 0.7,
            nextVeto: "zurück"),
        HalfDemand("de", pressure: false, "schick mehr|mehr bilder|mehr fotos|bitcoin|du schuldest mir"),
        HalfDemand("de", pressure: true, "sonst|innerhalb von 24 stunden|in 24 stunden|du hast 24 stunden|du hast zeit bis|letzte chance"),

        // ==== Portuguese ====
        .. Pair("pt", Secrecy, "não conta pra|não conta pros|não conta pras|não conte para|não conta para|não conte a|não conte aos|não fala pra|não fala pros|não diga a|não diga aos|não diga para|não diga pra|não conta nada pra|não conta nada pros|não fala nada pra|não fala nada pros|não conta isso pra|não conta isso pros", "ninguém|seus pais|teus pais|sua mãe|tua mãe|seu pai|teu pai|sua família|seus amigos|suas amigas|sua irmã", Strong),
        Cue("pt", Secrecy, "nosso segredo|nosso segredinho|nosso pequeno segredo|ninguém precisa saber|ninguém pode saber|ninguém tem que saber|ninguém deve saber", 0.75,
            nextVeto: "profissional|de família|do sucesso"),
        Cue("pt", Secrecy, "apaga as mensagens|apaga a conversa|apaga nossas mensagens|apaga nossa conversa|apaga o chat|apaga as conversas|apague as mensagens|apague a conversa|apaga tudo que eu te mandei|apaga as fotos que eu te mandei", 0.65),
        Cue("pt", Secrecy, "fica entre a gente|fica só entre nos|entre nós dois|só entre a gente", Unsure),
        Cue("pt", Isolation, "madura para sua idade|maduro para sua idade|madura pra sua idade|maduro pra sua idade|madura pra idade|muito madura pra|muito madura para|muito maduro para|muito maduro pra|madura pra tua idade|seus pais não te entendem|teus pais não te entendem|só eu te entendo|ninguém te entende como eu|suas amigas têm inveja|suas amigas estão com ciúmes|suas amigas tão com ciúme|teus amigos têm inveja", 0.75),
        Cue("pt", Isolation, "pode confiar em mim|confia em mim", Unsure),
        Channel("pt", "me adiciona no|me adiciona na|adiciona no|adiciona na|me add no|me add na|me chama no|me chama na|chama no|chama na|fala comigo no|fala comigo na|vamos pro|vamos para o|bora pro|vamos conversar no|vamos falar no|tem", 0.75),
        Cue("pt", PrivateChannel, "me passa seu numero|me passa teu numero|me passa seu zap|me passa seu whats|passa teu zap|passa seu zap|qual seu zap|qual teu zap|qual o seu zap|qual seu whats|qual seu snap|qual seu insta|qual teu insta|me dá seu numero|me dá teu numero", 0.7),
        Cue("pt", PrivateChannel, "no privado|no pv", 0.45),
        Cue("pt", Gifts, "eu te compro|te compro|vou te comprar|te dou dinheiro|te mando dinheiro|vou te dar um presente|vou te dar dinheiro|te dou um presente|te dou um celular|te dou robux|te presenteio|robux gratis", 0.65),
        Cue("pt", Gifts, "cartão presente|vale presente|robux|te pago", Faint),
        .. Pair("pt", ImageRequest, "manda|me manda|mande|me mande|envia|me envia|manda aí|me mostra|quero ver|deixa eu ver|passa", "uma foto|foto|fotos|uma foto sua|foto sua|fotos suas|uma selfie|selfie|um vídeo|vídeo|vídeos|um nude|nudes|seu corpo|teu corpo|uma foto tua|uma pic|pic", 0.75,
            nextVeto: "do|da|dos|das|de|desse|dessa|disso|deste|desta"),
        Cue("pt", ImageRequest, "liga a câmera|liga sua câmera|abre a câmera|liga a cam|liga tua câmera|abre tua câmera", 0.75),
        Cue("pt", ImageRequest, "chamada de vídeo|videochamada|faz chamada de vídeo", 0.5, prevVeto: "a|na|nossa"),
        Cue("pt", Meeting, "vamos nos encontrar|vamos nos ver|a gente se encontra|a gente podia se encontrar|bora se encontrar|quero te encontrar|quero te ver pessoalmente|eu te busco|vou te buscar|vem pra minha casa|vem aqui em casa|onde você mora|onde vc mora|onde tu mora|onde tu moras|qual escola você estuda|qual escola vc estuda|em que escola você estuda|sai escondido|sai escondida", Usual),
        Cue("pt", Meeting, "vem sozinha|vem sozinho|não traz ninguém", Strong),
        Cue("pt", Meeting, "te busco|a gente se ve", Unsure),
        .. Pair("pt", ExposureThreat, "vou espalhar|vou postar|vou mandar|vou enviar|vou mostrar|vou vazar|vou publicar|vou divulgar|vou compartilhar|espalho|posto|mando|envio|mostro|vazo|publico|divulgo", "suas fotos|tuas fotos|seus nudes|teus nudes|seus vídeos|teus vídeos|suas conversas|suas mensagens|seus prints|as fotos que você me mandou|o que você me mandou|as fotos que vc me mandou|sua foto|seu vídeo|seus packs|seu pack", 0.9),
        .. Pair("pt", ExposureThreat, "mando pros|mando para os|mando pra|vou mandar pros|vou mandar para|vou mandar pra|mostro pros|mostro pra|vou mostrar pros|vou mostrar para|vou mostrar pra|espalho pra|vou espalhar pra", "seus pais|teus pais|sua mãe|tua mãe|sua família|sua escola|seus amigos|todo mundo|todos os seus contatos|seus seguidores", Usual),
        Cue("pt", ExposureThreat, "todo mundo vai ver suas|todo mundo vai ver seus|todo mundo vai ver teus|todos vão ver suas|vou acabar com sua vida|vou acabar com a sua vida|vou destruir sua vida|vou acabar com tua vida", Strong),
        Cue("pt", ExposureThreat, "todo mundo vai ver|todos vão ver|todo mundo vai saber", Unsure),
        .. Pair("pt", ExposureThreat, "vai espalhar|vai postar|vai mandar|vai enviar|vai mostrar|vai vazar|vai publicar|vai divulgar|ameaçou espalhar|ameaça espalhar|ameaça postar|ameaça vazar|ameaça divulgar|ameaçando vazar|ameaçando postar|ameaçando espalhar|ameaçou vazar|ameaçou postar", "minhas fotos|meus nudes|meus vídeos|minhas conversas|minhas mensagens|meus prints|minha foto", ReportedThreat, name: "reported"),
        Cue("pt", Demand, "me paga|me pague|paga logo|me manda dinheiro|me manda o dinheiro|manda o pix|manda pix|se não pagar|se você não pagar|se vc não pagar|se não me pagar", 0.7),
        HalfDemand("pt", pressure: false, "manda mais|mais fotos|faz um pix|me faz um pix|bitcoin|você me deve|vc me deve"),
        HalfDemand("pt", pressure: true, "se não mandar|se não me mandar|senão|senão eu|em 24 horas|tem 24 horas|até amanhã|última chance"),

        // ==== Italian ====
        .. Pair("it", Secrecy, "non dirlo a|non dirlo ai|non dirlo alla|non dirlo ad|non lo dire a|non lo dire ai|non lo dire ad|non dire niente a|non dire niente ai|non dire niente alla|non dire nulla a|non dire nulla ai|non raccontarlo a|non raccontarlo ai", "nessuno|tuoi genitori|tua madre|tua mamma|tuo padre|tuo papà|tua famiglia|tuoi amici|tue amiche|tua sorella", Strong),
        Cue("it", Secrecy, "non dirlo a nessuno|non dire niente a nessuno", Strong),
        Cue("it", Secrecy, "il nostro segreto|nostro segreto|nostro piccolo segreto|il nostro piccolo segreto|nessuno deve saperlo|nessuno deve sapere|nessuno lo deve sapere", 0.75,
            nextVeto: "professionale|di famiglia|del successo"),
        Cue("it", Secrecy, "cancella la chat|cancella i messaggi|cancella la conversazione|cancella i nostri messaggi|elimina la chat|elimina i messaggi|elimina la conversazione|cancella le foto che ti ho mandato", 0.65),
        Cue("it", Secrecy, "resta tra noi|rimane tra noi|tra me e te|rimanga tra noi", Unsure),
        Cue("it", Isolation, "matura per la tua età|maturo per la tua età|matura per la tua|molto matura per|molto maturo per|sembri più grande|i tuoi genitori non ti capiscono|solo io ti capisco|nessuno ti capisce come me|le tue amiche sono gelose|i tuoi amici sono gelosi|le tue amiche sono invidiose", 0.75),
        Cue("it", Isolation, "puoi fidarti di me|fidati di me", Unsure),
        Channel("it", "scrivimi su|scrivimi in|aggiungimi su|aggiungimi in|parliamo su|parliamo in|passiamo su|passiamo in|ci sentiamo su|sentiamoci su|contattami su|hai", 0.75),
        Cue("it", PrivateChannel, "dammi il tuo numero|mi dai il tuo numero|qual è il tuo snap|qual è il tuo insta|dammi il tuo snap|dammi il tuo insta|mandami il tuo numero", 0.7),
        Cue("it", PrivateChannel, "il tuo snap|in privato|in dm", 0.45),
        Cue("it", Gifts, "ti compro|ti regalo|ti faccio un regalo|ti mando dei soldi|ti do dei soldi|ti do soldi|ti ricarico|robux gratis|ti compero", 0.65,
            nextVeto: "un consiglio"),
        Cue("it", Gifts, "carta regalo|buono regalo|gift card|robux|ti pago", Faint),
        .. Pair("it", ImageRequest, "mandami|inviami|fammi vedere|voglio vedere|mostrami|manda|invia|passami", "una foto|foto|delle foto|un selfie|una selfie|un video|video|una tua foto|una foto tua|una foto di te|il tuo corpo|le tue foto|una pic|pic", 0.75,
            nextVeto: "del|della|dello|dei|delle|di|dal|dalla"),
        Cue("it", ImageRequest, "accendi la cam|accendi la webcam|accendi la telecamera|accendi la fotocamera|accendi la videocamera", 0.75),
        Cue("it", ImageRequest, "videochiamata|facciamo una videochiamata", 0.5, prevVeto: "la|nella|alla"),
        Cue("it", Meeting, "ci vediamo|vediamoci|ci incontriamo|incontriamoci|possiamo vederci|ti vengo a prendere|vengo a prenderti|passo a prenderti|vieni da me|vieni a casa mia|dove abiti|dove vivi|in che scuola vai|che scuola fai|esci di nascosto", Usual,
            nextVeto: "in ufficio|alla riunione|al lavoro"),
        Cue("it", Meeting, "vieni da sola|vieni da solo|vieni sola|non portare nessuno", Strong, nextVeto: "se|quando|per|dopo"),
        Cue("it", Meeting, "voglio vederti", Unsure),
        .. Pair("it", ExposureThreat, "pubblico|mando|invio|condivido|mostro|diffondo|posto|faccio girare|pubblicherò|manderò|invierò|mostrerò|diffonderò|condividerò|farò girare", "le tue foto|tue foto|i tuoi video|le tue chat|i tuoi messaggi|le tue immagini|la tua foto|le foto che mi hai mandato|quello che mi hai mandato|i tuoi nudi|i tuoi nudes", 0.9),
        .. Pair("it", ExposureThreat, "le mando a|le mando ai|le faccio vedere a|le faccio vedere ai|le mostro a|le mostro ai|le manderò a|le manderò ai|le pubblico|le invio a|le invio ai", "tuoi genitori|tua madre|tua mamma|tuo padre|tua famiglia|tua scuola|tuoi amici|tutti|tutti i tuoi contatti|tuoi follower", 0.85),
        Cue("it", ExposureThreat, "tutti vedranno le tue|tutti vedranno i tuoi|ti rovino la vita|ti rovinerò la vita|ti distruggo la vita", Strong),
        Cue("it", ExposureThreat, "tutti vedranno|lo vedranno tutti|tutti sapranno", Unsure),
        .. Pair("it", ExposureThreat, "pubblicherà|manderà|invierà|mostrerà|diffonderà|minaccia di pubblicare|minaccia di mandare|minaccia di diffondere|minaccia di inviare|vuole pubblicare|vuole mandare|vuole diffondere", "le mie foto|i miei video|le mie chat|i miei messaggi|le mie immagini|la mia foto", ReportedThreat, name: "reported"),
        Cue("it", Demand, "pagami|paga subito|mandami soldi|mandami i soldi|mandami dei soldi|fammi un bonifico|se non paghi|se non mi paghi|se non mandi|se non mi mandi", 0.7),
        HalfDemand("it", pressure: false, "manda altre foto|mandane altre|altre foto|mi paghi|bitcoin|mi devi"),
        HalfDemand("it", pressure: true, "altrimenti|entro 24 ore|hai 24 ore|hai tempo fino|ultima possibilità"),

        // ==== Russian ====
        Cue("ru", Secrecy, "никому не говори|никому не рассказывай|никому не скажи|не говори родителям|не говори маме|не говори папе|не рассказывай родителям|не рассказывай маме|не рассказывай папе|не рассказывай никому|не говори никому|родителям не говори|маме не говори|папе не говори|родителям ни слова|никому ни слова|никому не пиши", Strong),
        Cue("ru", Secrecy, "это наш секрет|наш секрет|наш маленький секрет|наша тайна|это наша тайна|никто не должен знать|никто не узнает|никому не нужно знать|никто не должен узнать", 0.75,
            nextVeto: "успеха|рецепта"),
        Cue("ru", Secrecy, "удали переписку|удали чат|удали сообщения|удали нашу переписку|удаляй переписку|сотри переписку|сотри сообщения|удали диалог|удали наш чат|удали мои сообщения", 0.65),
        Cue("ru", Secrecy, "между нами|останется между нами|пусть это останется между нами", Unsure),
        Cue("ru", Isolation, "взрослая для своих лет|взрослый для своих лет|ты такая взрослая|ты такой взрослый|не по годам|родители тебя не понимают|родители не понимают тебя|только я тебя понимаю|только я понимаю тебя|никто тебя не понимает так как я|никто не понимает тебя так|подруги тебе завидуют|твои подруги завидуют|друзья тебе завидуют", 0.75),
        Cue("ru", Isolation, "такая взрослая|можешь мне доверять|доверься мне", Unsure),
        Channel("ru", "напиши мне в|напиши в|пиши в|пиши мне в|добавь меня в|добавь в|перейдём в|перейдем в|давай в|давай перейдём в|давай перейдем в|го в|есть|пиши мне в", 0.75),
        Cue("ru", PrivateChannel, "скинь номер|дай свой номер|дай номер|дай мне свой номер|скинь свой номер|какой у тебя номер|какой у тебя ник|какой у тебя телеграм|какой у тебя снап", 0.7),
        Cue("ru", PrivateChannel, "в личку|в лс|добавь в|добавь меня", 0.45),
        Cue("ru", Gifts, "куплю тебе|я куплю тебе|тебе куплю|подарю тебе|я тебе подарю|скину тебе денег|скину денег|дам тебе денег|дам денег|переведу тебе денег|задоначу тебе|закину тебе", 0.7),
        Cue("ru", Gifts, "подарю|куплю", 0.5, nextVeto: "себе|сам|сама"),
        Cue("ru", Gifts, "робукс*|подарочн* карт*|донат", Faint),
        .. Pair("ru", ImageRequest, "скинь|кинь|пришли|отправь|покажи|скинь мне|пришли мне|отправь мне|покажи мне|хочу увидеть|хочу посмотреть|дай посмотреть|скинешь|пришлёшь|пришлешь", "фото|фотку|фоточку|фотографию|фотки|фоток|селфи|видео|видос|себя|своё фото|свое фото|твоё фото|твое фото|фото себя|фотку себя|свою фотку", 0.75,
            nextVeto: "отчёта|отчета|документа|документов|чека|экрана|паспорта|с отпуска|с праздника"),
        Cue("ru", ImageRequest, "включи камеру|вруби камеру|включи вебку|включи веб камеру", 0.75),
        Cue("ru", ImageRequest, "видеозвонок|по видеосвязи|созвонимся по видео", 0.5),
        Cue("ru", Meeting, "встретимся|давай встретимся|давай увидимся|хочу встретиться|можем встретиться|давай встречаться|где ты живёшь|где ты живешь|где живёшь|где живешь|в какой школе учишься|в какой ты школе|я заберу тебя|заберу тебя|приходи ко мне|приезжай ко мне|сбеги из дома", Usual,
            nextVeto: "на совещании|в офисе"),
        Cue("ru", Meeting, "приходи одна|приходи один|никого не бери", Strong),
        Cue("ru", Meeting, "увидимся", Faint),
        .. Pair("ru", ExposureThreat, "разошлю|выложу|опубликую|покажу|отправлю|скину|солью|перешлю|я разошлю|я выложу|я солью|я отправлю", "твои фото|твои фотки|твои фотографии|твои видео|твои нюдсы|твою переписку|твои сообщения|твои фоточки|все твои фото|твоё фото|твое фото|твои нюдесы|твои интимные фото", 0.9),
        .. Pair("ru", ExposureThreat, "разошлю|солью", "родителям|твоим родителям|маме|твоей маме|всем друзьям|всем твоим друзьям|в школу|твоей школе|всем одноклассникам|одноклассникам|всем|всем твоим подписчикам|подписчикам|в интернет|в сеть", 0.85),
        .. Pair("ru", ExposureThreat, "отправлю|покажу|скину|перешлю|выложу", "твоим родителям|твоей маме|всем твоим друзьям|всем одноклассникам|твоей школе|всем твоим подписчикам|в интернет|в сеть", Usual),
        Cue("ru", ExposureThreat, "все увидят твои|все увидят твоё|все увидят твое|испорчу тебе жизнь|сломаю тебе жизнь|испорчу жизнь|разрушу тебе жизнь|я всё выложу|я все выложу|всё выложу|все выложу", Strong),
        Cue("ru", ExposureThreat, "все увидят|все узнают", Unsure),
        .. Pair("ru", ExposureThreat, "разошлёт|разошлет|выложит|опубликует|покажет|отправит|скинет|сольёт|сольет|угрожает выложить|угрожает разослать|угрожает отправить|угрожает опубликовать|грозится выложить|грозится разослать|грозится отправить|грозится слить|угрожает слить", "мои фото|мои фотки|мои фотографии|мои видео|мои нюдсы|мою переписку|мои сообщения", ReportedThreat, name: "reported"),
        Cue("ru", Demand, "заплати|переведи деньги|скинь денег|скинь деньги|гони деньги|если не заплатишь|если не переведешь|если не переведёшь|если не скинешь|если не пришлёшь|если не пришлешь", Usual,
            nextVeto: "за квартиру|за свет|за интернет|за обед"),
        HalfDemand("ru", pressure: false, "плати|переведи мне|скинь ещё|скинь еще|ещё фото|еще фото|больше фото|биткоин*|ты мне должна|ты мне должен"),
        HalfDemand("ru", pressure: true, "иначе|иначе я|или я|в течение 24 часов|у тебя 24 часа|до завтра|последний шанс"),

        // ==== Chinese ====
        .. Pair("zh", Secrecy, "别告诉|不要告诉|不准告诉|不许告诉|别让", "你爸妈|你父母|你妈|你爸|你家人|任何人|别人|你妈妈|你爸爸|你朋友|你老师|家里人", Strong),
        .. Pair("zh", Secrecy, "别跟|不要跟|别和|不要和", "你爸妈说|你父母说|你妈说|你爸说|你家人说|别人说|任何人说|老师说|家里人说", Strong),
        Cue("zh", Secrecy, "我们的秘密|我们之间的秘密|咱们的秘密|我俩的秘密|只有我们知道|只有我们两个知道|不能让别人知道|不能让你爸妈知道", 0.75),
        Cue("zh", Secrecy, "删掉聊天记录|删除聊天记录|把聊天记录删了|删了聊天记录|删掉我们的聊天|删掉记录|删记录|聊天记录删掉|聊天记录删了", 0.65),
        Cue("zh", Secrecy, "这是秘密|保密", Unsure),
        Cue("zh", Isolation, "比同龄人成熟|比同龄人懂事|比同龄人早熟|你爸妈不懂你|你父母不理解你|你爸妈不理解你|只有我懂你|只有我理解你|没人比我更懂你|你的朋友嫉妒你|她们嫉妒你", 0.75),
        Cue("zh", Isolation, "你很成熟|你好成熟|你真成熟|这么成熟|你可以相信我|相信我", Unsure),
        Cue("zh", PrivateChannel, "加我微信|加我qq|加我vx|加微信|加个微信|私聊|私信我|私我|微信号多少|你微信多少|你微信是多少|留个微信|留个联系方式|给我你的微信|电话号码多少|发我你的号码|扫我二维码|加我好友", 0.7),
        Cue("zh", PrivateChannel, "加我", 0.45),
        Cue("zh", Gifts, "给你买|我给你买|给你钱|给你红包|发个红包给你|给你转钱|给你充值|帮你充值|送你皮肤|给你买皮肤|给你买手机|送你礼物", 0.65),
        Cue("zh", Gifts, "送你", 0.5, nextVeto: "回家|回去|到|去|一句"),
        Cue("zh", Gifts, "礼物卡|礼品卡|点卡", Faint),
        Cue("zh", ImageRequest, "发张照片|发个照片|发张自拍|发个自拍|发照片|发自拍|发张你的照片|发你的照片|给我看看你|让我看看你|拍张照片给我|拍个照给我|开视频|开个视频|打视频|开摄像头|发个视频|发视频给我|发张照", 0.75,
            nextVeto: "的|了"),
        Cue("zh", ImageRequest, "视频聊天|视频通话", 0.5),
        Cue("zh", Meeting, "见个面|我们见面吧|见面吧|出来玩|出来见|出来见面|约个地方|我去接你|我来接你|你住哪|你住在哪|你家在哪|你在哪上学|你在哪个学校|偷偷出来|来我家", Usual),
        Cue("zh", Meeting, "一个人来|自己一个人来|别带人|不要带人", Strong),
        Cue("zh", Meeting, "见面", 0.5),
        Cue("zh", ExposureThreat, "公开你的照片|发给你家人|发给你爸妈|发给你父母|发给你同学|发给你朋友|发给你学校|发给你老师|把你的照片发|把你照片发|曝光你|散布你的|传播你的|让所有人看到你|让大家都看到你|让你身败名裂|发到你学校|发到你们学校|发到你家|发到你班级群", 0.85),
        Cue("zh", ExposureThreat, "发到网上|让所有人看到|让大家都看到", Unsure),
        .. Pair("zh", ExposureThreat, "威胁要|威胁说要|威胁要把|威胁说要把|威胁把|说要把|扬言要把|扬言要", "我的照片|我照片|我的视频|我的聊天记录", ReportedThreat, name: "reported"),
        Cue("zh", ExposureThreat, "威胁要曝光我|威胁要公开|威胁要发给我", ReportedThreat, name: "reported"),
        Cue("zh", Demand, "付钱|给钱|转账给我|给我转账|打钱|给我打钱|交钱|不给钱就|不付钱就|不转账就|不打钱就", 0.65),
        HalfDemand("zh", pressure: false, "转账|比特币|再发|多发点|再发几张"),
        HalfDemand("zh", pressure: true, "否则|不然|要不然|否则我就|不然我就|要不然我就|24小时内|最后一次机会"),

        // ==== Japanese ====
        Cue("ja", Secrecy, "誰にも言わないで|誰にも言うな|誰にも言っちゃだめ|誰にも言っちゃダメ|誰にも内緒|親に言わないで|親には言わないで|お母さんに言わないで|お父さんに言わないで|ママに言わないで|親に内緒|親には内緒|二人だけの秘密|2人だけの秘密|ふたりだけの秘密|私たちの秘密|僕たちの秘密|俺たちの秘密|僕らの秘密", Strong),
        Cue("ja", Secrecy, "トーク消して|トーク履歴消して|履歴消して|メッセージ消して|ライン消して|line消して|やりとり消して|やり取り消して", 0.65),
        Cue("ja", Secrecy, "内緒だよ|内緒ね|秘密だよ|秘密ね", Unsure),
        Cue("ja", Isolation, "大人っぽいね|年の割に大人|年齢の割に大人|歳の割に大人|大人びてる|親はわかってない|親は分かってない|親は理解してない|僕だけが君を|俺だけがお前を|わかってあげられるのは僕だけ|わかってあげられるのは俺だけ|分かってあげられるのは僕だけ", 0.75),
        Cue("ja", Isolation, "大人っぽい|信じていいよ|信用して", Unsure),
        Cue("ja", PrivateChannel, "line交換|ライン交換|line教えて|ライン教えて|連絡先交換|連絡先教えて|dmして|dmちょうだい|dm待ってる|インスタ教えて|id教えて|個チャ|個別で話そう|裏垢|カカオ交換", 0.7),
        Cue("ja", PrivateChannel, "dmで|lineで話そう", 0.5),
        Cue("ja", Gifts, "買ってあげる|買ってあげよう|買ってやる|プレゼントする|プレゼントあげる|お金あげる|お小遣いあげる|課金してあげる|おごるよ|奢るよ|欲しいもの買って", 0.65),
        Cue("ja", Gifts, "ギフトカード|アマギフ|欲しいものある", Faint),
        Cue("ja", ImageRequest, "写真送って|写メ送って|自撮り送って|自撮りちょうだい|写真ちょうだい|写真見せて|顔見せて|動画送って|画像送って|自撮り見せて|カメラつけて|カメラオンにして|顔写真送って|全身写真", 0.75),
        Cue("ja", ImageRequest, "ビデオ通話", 0.5),
        Cue("ja", Meeting, "会おう|会おうよ|会いに行く|迎えに行く|家においで|うちにおいで|うちに来て|どこに住んでる|どこ住み|どこの学校|何中|直接会おう|オフ会しよう|会える日", Usual),
        Cue("ja", Meeting, "一人で来て|ひとりで来て|一人で来てね|誰にも言わずに来て", Strong),
        Cue("ja", Meeting, "会いたい|会える", Unsure),
        Cue("ja", ExposureThreat, "ばらまく|ばら撒く|バラす|ばらす|学校にばらす|親にばらす|親に見せる|親に送る|学校に送る|みんなに見せる|流出させる|ネットに上げる|ネットにあげる|写真を公開する|写真を拡散|画像を晒す|写真をばらまく|拡散する|拡散してやる", Strong,
            nextVeto: "かれ|って|と言|と脅|とか言"),
        Cue("ja", ExposureThreat, "晒す|さらす|晒してやる", Usual, nextVeto: "って|と言|と脅|とか言"),
        Cue("ja", ExposureThreat, "公開する|拡散", Faint, nextVeto: "って|と言|と脅|希望|お願い"),
        Cue("ja", ExposureThreat, "ばらまかれ|ばら撒かれ|晒され|拡散され|ばらされ|晒すって|拡散するって|ばらすって|晒すと言われ|拡散すると言われ|晒すと脅され|ばらすと脅され|拡散すると脅され", ReportedThreat, name: "reported"),
        Cue("ja", Demand, "払え", 0.65, prevVeto: "支", nextVeto: "な|る|ば|ま|た|ず|て"),
        Cue("ja", Demand, "金払え|金を払え|お金払って|振り込め|振り込んで|送金しろ|送金して|アマギフ送れ|ギフトカード送れ", 0.65),
        HalfDemand("ja", pressure: false, "もっと送って|もっと写真|他の写真も|ビットコイン"),
        HalfDemand("ja", pressure: true, "さもないと|でないと|じゃないと|24時間以内"),

        .. SecondPersonRules,
    ];

    /// <summary>
    /// Every head followed by every tail ("don't tell|never tell" × "your parents|anyone"), as two rules joined by the
    /// detector when a tail starts right after a head. Written out as phrases, the products shared their first two words
    /// by the hundred ("i ll send you …", "i ll give you …"), and the lexicon, which indexes two words, tried them all.
    /// The head carries the veto before the phrase, the tail the one after it and everything the cue needs.
    /// </summary>
    private static ContactRuleSpec[] Pair(string language, ContactCueKind kind, string heads, string tails, double confidence,
        string? name = null, string? prevVeto = null, string? nextVeto = null, ThreatVoice voice = ThreatVoice.Stated)
    {
        var id = RuleId(language, kind, name);
        var head = new ContactRuleSpec(id, language, kind, Spellings(language, heads)) { Role = ContactRuleRole.Head, PrevVeto = Spellings(language, prevVeto) };
        return
        [
            head,
            new ContactRuleSpec(id, language, kind, Spellings(language, tails))
            {
                Role = ContactRuleRole.Tail, Head = head, Confidence = confidence, NextVeto = Spellings(language, nextVeto), Voice = voice,
            },
        ];
    }

    private static ContactRuleSpec Cue(string language, ContactCueKind kind, string pattern, double confidence,
        string? name = null, string? prevVeto = null, string? nextVeto = null, ThreatVoice voice = ThreatVoice.Stated) =>
        new(RuleId(language, kind, name), language, kind, Spellings(language, pattern))
        {
            Confidence = confidence, PrevVeto = Spellings(language, prevVeto), NextVeto = Spellings(language, nextVeto), Voice = voice,
        };

    /// <summary>A threat against the writer's own images that counts only after a reported opener ("he'll", "threatening to").</summary>
    private static ContactRuleSpec Reported(string language, string pattern) =>
        Cue(language, ExposureThreat, pattern, ReportedThreat, name: "reported", voice: ThreatVoice.Reported);

    /// <summary>A phrase that moves the talk to a private channel when an app name follows it: "add me on" + "snap".</summary>
    private static ContactRuleSpec Channel(string language, string pattern, double confidence, bool narrow = false) =>
        new(RuleId(language, PrivateChannel, null), language, PrivateChannel, Spellings(language, pattern))
        {
            Confidence = confidence, FollowingClass = narrow ? ContactLexicon.PrivateApps : ContactLexicon.Apps,
        };

    /// <summary>"send me", "give me" that is a demand only with a sum of money after it ("send me $500").</summary>
    private static ContactRuleSpec Amount(string language, string pattern) =>
        new(RuleId(language, Demand, "amount"), language, Demand, Spellings(language, pattern)) { Confidence = 0.75, NeedsAmount = true };

    /// <summary>Half a demand: pressure ("or else") or content ("send more"); likely when the other half or a threat is near.</summary>
    private static ContactRuleSpec HalfDemand(string language, bool pressure, string pattern) =>
        new(RuleId(language, Demand, pressure ? "pressure" : "content"), language, Demand, Spellings(language, pattern))
        {
            Confidence = pressure ? Faint : Unsure, Weak = true, Pressure = pressure,
        };

    private static ContactRuleSpec Opener(string language, ContactRuleRole role, string pattern) =>
        new($"contact.{language}.opener", language, ExposureThreat, Spellings(language, pattern)) { Role = role };

    private static ContactRuleSpec Second(string language, string pattern) =>
        new(RuleId(language, SecondPerson, null), language, SecondPerson, Spellings(language, pattern)) { Confidence = Address };

    /// <summary>
    /// Each phrase as written and, where it has accents, as people type it without them ("mándame" and "mandame",
    /// "всё" and "все"); German umlauts and ß also as "ae", "oe", "ue", "ss" ("lösch" and "loesch"). The folded view
    /// keeps accents (and folds "ö" to a look-alike), so every spelling has to be a phrase of its own.
    /// </summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(phrases))]
    private static string? Spellings(string language, string? phrases)
    {
        if (phrases is null)
        {
            return null;
        }

        var german = string.Equals(language, "de", StringComparison.Ordinal);
        return string.Join('|', phrases.Split('|')
            .SelectMany(phrase => german ? new[] { phrase, Unaccented(phrase), Transliterated(phrase) } : [phrase, Unaccented(phrase)])
            .Distinct(StringComparer.Ordinal));
    }

    private static string Unaccented(string phrase) => string.Concat(phrase.Select(c => c switch
    {
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => "a",
        'ç' => "c",
        'è' or 'é' or 'ê' or 'ë' => "e",
        'ì' or 'í' or 'î' or 'ï' => "i",
        'ñ' => "n",
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' => "o",
        'ù' or 'ú' or 'û' or 'ü' => "u",
        'ý' or 'ÿ' => "y",
        'ß' => "ss",
        'œ' => "oe",
        'ё' => "е",
        _ => c.ToString(),
    }));

    private static string Transliterated(string phrase) =>
        Unaccented(phrase.Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal).Replace("ü", "ue", StringComparison.Ordinal));

    private static string RuleId(string language, ContactCueKind kind, string? name)
    {
        var kindName = kind switch
        {
            PrivateChannel => "private_channel",
            ImageRequest => "image_request",
            ExposureThreat => "exposure_threat",
            SecondPerson => "second_person",
            _ => kind.ToString().ToLowerInvariant(),
        };
        return name is null ? $"contact.{language}.{kindName}" : $"contact.{language}.{kindName}.{name}";
    }
}
