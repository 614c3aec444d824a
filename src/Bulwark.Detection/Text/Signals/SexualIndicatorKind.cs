namespace Bulwark.Detection.Text.Signals;

/// <summary>What kind of evidence a <see cref="SexualIndicator"/> is.</summary>
public enum SexualIndicatorKind
{
    /// <summary>Sexual words and framing: "sexy", "sexual", "erotic", "lewd", "seductive", "sexuel", "сексуальн*", "色情", "エロ".</summary>
    Sexual,

    /// <summary>Nudity or undress: "nude", "naked", "topless", "desnuda", "nue", "nackt", "голая", "裸", "ヌード".</summary>
    Nudity,

    /// <summary>Sexual material as a thing to have or make: "porn", "nudes", "explicit pics", "NSFW", "xxx", "hentai", "成人视频".</summary>
    Material,

    /// <summary>
    /// Words offenders use to name child sexual abuse material or its subjects, strong on their own: "cp", "pthc",
    /// "jailbait", "lolicon", "shotacon", "child porn", "kiddie porn", "pedo" material. Ambiguous forms need context
    /// ("cp" in "cp -r", "loli" fashion).
    /// </summary>
    AbuseMaterialCode,

    /// <summary>Romantic or dating framing: "girlfriend", "date", "kiss", "relationship", "in love", "novia", "Beziehung", "恋人".</summary>
    Romantic,

    /// <summary>
    /// Sexual health, anatomy or education, which must not be read as sexual content: "puberty", "sex education",
    /// "contraception", "STI", "consent education", "body safety", "pubertad", "éducation sexuelle", "Aufklärung",
    /// "половое воспитание", "性教育", "思春期".
    /// </summary>
    HealthOrEducation,
}
