namespace Bulwark.Detection.Text.Signals.Protective;

/// <summary>What a matched phrase contributes to a <see cref="ProtectiveContext"/>.</summary>
internal enum CueKind : byte
{
    /// <summary>Opens a first-person role statement: "I'm a", "as a", "soy", "je suis", "ich bin", "я", "我是", "私は".</summary>
    Intro,

    /// <summary>Closes a first-person role statement written after the role: Japanese "教師として" (as a teacher).</summary>
    IntroAfter,

    /// <summary>A role word of one kind ("teacher", "madre", "врач"); on its own it is weak evidence.</summary>
    Role,

    /// <summary>A role stated in the first person by the phrase itself: "I teach", "my students", "my son", "investigo".</summary>
    SelfRole,

    /// <summary>A scholarly, legal or literary frame: "research on", "the law on", "literature class".</summary>
    Frame,

    /// <summary>A protective question or aim: "how do I keep … safe", "warning signs", "how to report", "support group".</summary>
    Intent,

    /// <summary>A request for help: "what do I do", "help me", "qué hago", "что мне делать", "怎么办"; also an intent.</summary>
    HelpAsk,

    /// <summary>Being threatened, blackmailed or pressured: "threatening", "chantaje", "erpresst", "угрожает", "威胁".</summary>
    Threat,
}
