namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>
/// The incident happened in a chat or instant-messaging service (<c>chatImIncident</c>); a conversation with a
/// generative-AI model is reported this way, the model's product as the chat client.
/// </summary>
public sealed record ChatImIncident : InternetDetails
{
    public string? ChatClient { get; init; }

    public string? ChatRoomName { get; init; }

    /// <summary>The relevant conversation text, as the provider recorded it.</summary>
    public string? Content { get; init; }
}
