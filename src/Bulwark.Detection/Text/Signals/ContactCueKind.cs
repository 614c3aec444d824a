namespace Bulwark.Detection.Text.Signals;

/// <summary>A behaviour of grooming or sextortion, as found by <see cref="ContactCueDetector"/>.</summary>
public enum ContactCueKind
{
    /// <summary>Keeping contact secret: "don't tell your parents", "our little secret", "delete our chats", "no se lo digas a tus padres", "不要告诉你爸妈".</summary>
    Secrecy,

    /// <summary>Separating a child from others or flattering them as older: "you're so mature for your age", "your parents don't understand you", "only I understand you".</summary>
    Isolation,

    /// <summary>Moving to a private channel: "add me on Snapchat", "let's talk on Telegram", "DM me", "pásate a WhatsApp", "加我微信", "LINE交換".</summary>
    PrivateChannel,

    /// <summary>Gifts and money offered: "I'll buy you", "gift card", "Robux", "te compro", "ich kaufe dir", "куплю тебе", "给你买", "買ってあげる".</summary>
    Gifts,

    /// <summary>Asking for images or video of the other person: "send me a pic", "show me", "turn on your cam", "mándame una foto", "schick mir ein Bild", "скинь фото", "发张照片", "写真送って".</summary>
    ImageRequest,

    /// <summary>Arranging to meet: "let's meet", "I'll pick you up", "come over alone", "quedamos", "on se voit", "treffen wir uns", "встретимся", "见面", "会おう".</summary>
    Meeting,

    /// <summary>A threat to expose images or secrets: "I'll send your pics to your school", "everyone will see", "voy a publicar tus fotos", "je vais envoyer", "разошлю", "发给你家人", "ばらまく".</summary>
    ExposureThreat,

    /// <summary>A demand backed by a threat: "pay me", "send more", "or else", "$500", "paga", "envoie-moi", "zahl", "заплати", "付钱", "払え".</summary>
    Demand,

    /// <summary>Talking to the reader as "you": second-person address in a message ("you", "tu", "du", "ты", "你", "君"); context for the other cues.</summary>
    SecondPerson,
}
