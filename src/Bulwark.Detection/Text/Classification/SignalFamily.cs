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

    /// <summary><see cref="Signals.SexualIndicator"/>, kind <see cref="Signals.SexualIndicatorKind"/>.</summary>
    Sexual,

    /// <summary><see cref="Signals.Intent"/>, kind <see cref="Signals.IntentKind"/>.</summary>
    Intent,

    /// <summary><see cref="Signals.ContactCue"/>, kind <see cref="Signals.ContactCueKind"/>.</summary>
    Contact,

    /// <summary><see cref="Signals.ProtectiveContext"/>, kind <see cref="Signals.ProtectiveContextKind"/>.</summary>
    Protective,
}
