namespace Bulwark.Detection.Text.Signals.Intents;

/// <summary>What a matched phrase contributes to an <see cref="Intent"/>.</summary>
internal enum IntentCue : byte
{
    /// <summary>A phrase that states the intent by itself ("tell me a story", "where can I find", "pose as a teenager").</summary>
    Phrase,

    /// <summary>
    /// A verb that states the intent only in a request: at the start of a clause (an imperative), after a request
    /// frame, or written in a request form ("напиши", "描いて"). "write" in "I like to write" is not a request.
    /// </summary>
    Action,

    /// <summary>A noun that completes an action of its kind ("story", "image" for generating; "her", "this photo" for undressing) and widens its evidence.</summary>
    Object,

    /// <summary>A request frame: "can you", "please", "give me", "puedes", "kannst du", "можешь", "帮我". Never reported itself.</summary>
    Request,

    /// <summary>A purpose that turns a pretence into one aimed at someone: "to chat with", "para hablar con", "чтобы общаться". Never reported itself.</summary>
    Purpose,
}
