namespace Bulwark.Detection.Text.Signals;

/// <summary>What a writer asks for or proposes, as found by <see cref="IntentDetector"/>.</summary>
public enum IntentKind
{
    /// <summary>A request to produce content: "write", "generate", "draw", "describe", "a story about", "escribe", "écris", "schreib", "напиши", "写", "書いて".</summary>
    Generate,

    /// <summary>A role-play set-up: "let's role-play", "pretend you are", "you are a 12-year-old", "juguemos a", "ролевая игра", "扮演", "なりきって".</summary>
    RolePlay,

    /// <summary>A request to find, obtain or buy: "where can I find", "download", "link to", "buy", "dónde encontrar", "télécharger", "скачать", "下载".</summary>
    Acquire,

    /// <summary>Trading or sharing collections: "trade", "swap", "exchange", "share my collection", "intercambiar", "tauschen", "обмен", "交换".</summary>
    Trade,

    /// <summary>Altering an image of a person sexually: "undress", "nudify", "remove her clothes", "face swap", "deepfake", "desnudar", "ausziehen", "раздеть", "脱衣", "脱がせ".</summary>
    ImageManipulation,

    /// <summary>A reference to a real photo of someone: "this photo of", "her picture", "my classmate's photo", "esta foto", "dieses Bild", "это фото", "这张照片", "この写真".</summary>
    ImageReference,

    /// <summary>
    /// Advocating or normalising the sexual abuse of children: "should be legal", "children can consent", "age of
    /// consent should be lowered", "nothing wrong with", "minor-attracted", "deberían poder", "ist doch natürlich".
    /// </summary>
    Advocacy,

    /// <summary>Pretending to be a child or a peer of one: "pose as a 14-year-old", "pretend to be a teen", "fake profile as a kid", "hacerme pasar por".</summary>
    PeerPretence,
}
