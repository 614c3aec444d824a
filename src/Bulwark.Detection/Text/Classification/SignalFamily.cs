namespace Bulwark.Detection.Text.Classification;

/// <summary>Which text signal a <see cref="Cue"/> came from; <see cref="Cue.Kind"/> is that signal's kind enum as an int.</summary>
internal enum SignalFamily : byte
{
    /// <summary><see cref="Signals.MinorIndicator"/>: an age, grade, life stage or child noun.</summary>
    Minor,

    /// <summary>A kin or school word that may name a minor ("my niece", "classmate", "student"); weak, see <see cref="ClassifierWords"/>.</summary>
    YoungPerson,

    /// <summary>A word for pictures or videos as things to have ("pics", "videos", "fotos", "фото", "照片", "画像"); see <see cref="ClassifierWords"/>.</summary>
    Imagery,

    /// <summary>People an exposure threat names as its audience ("your parents", "your whole school", "everyone", "tus padres", "全班同学"); see <see cref="ClassifierWords"/>.</summary>
    Audience,

    /// <summary>Coercion named as an aim ("threaten", "blackmail", "make her keep sending", "amenazar", "erpressen", "威胁"); see <see cref="ClassifierWords"/>.</summary>
    Coercion,

    /// <summary>Getting someone to do something ("how do I get … to", "convince", "wie bringe ich … dazu", "уговорить", "怎么让"); see <see cref="ClassifierWords"/>.</summary>
    Persuasion,

    /// <summary>Being alone or keeping secrets ("alone with me", "keep secrets", "наедине", "allein", "单独", "二人きり"); see <see cref="ClassifierWords"/>.</summary>
    Seclusion,

    /// <summary>The addressee's own pictures ("your nudes", "tus fotos", "deine Nacktbilder", "твои фото", "你的照片"); see <see cref="ClassifierWords"/>.</summary>
    TheirImages,

    /// <summary>A condition that makes a threat ("or", "or else", "unless", "sonst", "иначе", "否则", "ないと"); see <see cref="ClassifierWords"/>.</summary>
    Conditional,

    /// <summary>Exposing pictures ("post", "leak", "show", "publico", "veröffentliche", "выложу", "发给", "晒す"); see <see cref="ClassifierWords"/>.</summary>
    Exposure,

    /// <summary>Safety education or a protective aim without a stated role ("why sharing nudes can be dangerous", "lesson on", "prevención", "班会"); see <see cref="ClassifierWords"/>.</summary>
    Safeguarding,

    /// <summary>A question word ("how do", "why", "cómo", "warum", "почему", "为什么", "なぜ") that makes a claim near it asked about, not made; see <see cref="ClassifierWords"/>.</summary>
    Inquiry,

    /// <summary>Words that make pictures something to hide ("intimate", "private photos", "spinte", "откровенные", "私密"); see <see cref="ClassifierWords"/>.</summary>
    Explicitness,

    /// <summary>A side taken on a topic ("abolish", "lower", "legalise", "in favour of", "made up", "defend"); see <see cref="ClassifierWords"/>.</summary>
    Stance,

    /// <summary>Sextortion or blackmail named ("sextortion script", "Erpressungsnachricht", "шантаж", "性勒索"); see <see cref="ClassifierWords"/>.</summary>
    Extortion,

    /// <summary>A surprise or a celebration ("surprise party", "birthday", "sorpresa", "Geschenk", "сюрприз", "惊喜"), which makes secrecy harmless; see <see cref="ClassifierWords"/>.</summary>
    Celebration,

    /// <summary><see cref="Signals.SexualIndicator"/>, kind <see cref="Signals.SexualIndicatorKind"/>.</summary>
    Sexual,

    /// <summary><see cref="Signals.Intent"/>, kind <see cref="Signals.IntentKind"/>.</summary>
    Intent,

    /// <summary><see cref="Signals.ContactCue"/>, kind <see cref="Signals.ContactCueKind"/>.</summary>
    Contact,

    /// <summary><see cref="Signals.ProtectiveContext"/>, kind <see cref="Signals.ProtectiveContextKind"/>.</summary>
    Protective,
}
