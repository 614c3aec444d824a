namespace Bulwark.Detection.Text.Signals.Contact;

/// <summary>Who an exposure threat is written by, where the phrase leaves it open.</summary>
internal enum ThreatVoice : byte
{
    /// <summary>The phrase says it itself: a first-person verb ("voy a publicar", "разошлю") or a third-person one ("va a publicar").</summary>
    Stated,

    /// <summary>Addressed to the victim ("post your pics"): raised to a first-person threat by an opener just before it ("I'll").</summary>
    Addressed,

    /// <summary>About the writer's own images ("send my pics"): counts only after a reported opener ("he'll", "threatening to").</summary>
    Reported,
}
