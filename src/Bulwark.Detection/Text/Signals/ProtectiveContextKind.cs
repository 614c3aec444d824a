namespace Bulwark.Detection.Text.Signals;

/// <summary>Who is speaking or what frame the text is in, when that frame is one that must not be blocked.</summary>
public enum ProtectiveContextKind
{
    /// <summary>A parent, guardian or carer: "I'm a parent", "soy madre", "我是家长", "my son" with a protective question.</summary>
    ParentOrGuardian,

    /// <summary>A teacher, school counsellor or other educator: "as a teacher", "je suis enseignant", "ich unterrichte".</summary>
    Educator,

    /// <summary>A doctor, nurse, therapist, psychologist or social worker: "I'm a paediatric nurse", "я врач".</summary>
    Clinician,

    /// <summary>Someone who says they survived harm: "I'm a survivor", "soy sobreviviente".</summary>
    Survivor,

    /// <summary>
    /// Someone being threatened, blackmailed or pressured who asks what to do or for help: a support case, not a
    /// violation ("someone is threatening to share my photos, what do I do?").
    /// </summary>
    VictimSeekingHelp,

    /// <summary>A researcher or a scholarly frame: "I research online child protection", "a study of", "研究".</summary>
    Researcher,

    /// <summary>A journalist or reporter: "I'm a journalist writing about platform safety".</summary>
    Journalist,

    /// <summary>Trust-and-safety staff or moderators: "I work in trust and safety", "je suis modérateur".</summary>
    TrustAndSafety,

    /// <summary>A literary frame: "a literature class discussing Nabokov's novel", "文学课".</summary>
    Literature,

    /// <summary>A legal frame or legal professional: "what does the law say about reporting", "Strafgesetzbuch", "I'm a lawyer".</summary>
    Legal,
}
