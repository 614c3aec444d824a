using Bulwark.Detection.Policy;

namespace Bulwark.Detection.Screening;

/// <summary>One thing to judge: a text segment or an image's bytes, with the surface it was met on and its subject.</summary>
public sealed class Content
{
    private Content(ContentKind kind, string? text, ReadOnlyMemory<byte> bytes, Surface surface, ContentSubject subject, string? locale, IReadOnlyList<string>? turns = null)
    {
        Turns = turns;
        Kind = kind;
        Text = text;
        Bytes = bytes;
        Surface = surface;
        Subject = subject;
        Locale = locale;
    }

    /// <summary>Text or image.</summary>
    public ContentKind Kind { get; }

    /// <summary>The text, for <see cref="ContentKind.Text"/>; null otherwise.</summary>
    public string? Text { get; }

    /// <summary>
    /// For a conversation, its messages in order (<see cref="Text"/> is then the messages joined by a blank line); null
    /// for a single text or an image.
    /// </summary>
    public IReadOnlyList<string>? Turns { get; }

    /// <summary>The encoded image bytes, for <see cref="ContentKind.Image"/>; empty otherwise.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>Where the content was met; the policy's actions depend on it.</summary>
    public Surface Surface { get; }

    /// <summary>Who the content belongs to.</summary>
    public ContentSubject Subject { get; }

    /// <summary>The user's BCP 47 locale if known (e.g. <c>es-MX</c>), for choosing prevention messages.</summary>
    public string? Locale { get; }

    /// <summary>A text segment met on <paramref name="surface"/>.</summary>
    public static Content FromText(string text, Surface surface, ContentSubject? subject = null, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Content(ContentKind.Text, text, ReadOnlyMemory<byte>.Empty, surface, subject ?? ContentSubject.None, locale);
    }

    /// <summary>
    /// A conversation met on <paramref name="surface"/>: its messages in order, screened each on its own and as a
    /// whole (escalation across turns is evidence of grooming).
    /// </summary>
    public static Content FromConversation(IReadOnlyList<string> turns, Surface surface, ContentSubject? subject = null, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(turns);
        var copy = turns.ToArray();
        if (Array.IndexOf(copy, null) is var missing and >= 0)
        {
            throw new ArgumentException($"Turn {missing} is null.", nameof(turns));
        }

        return new Content(ContentKind.Text, string.Join(Bulwark.Detection.Text.Classification.ChildSafetyClassifier.TurnSeparator, copy), ReadOnlyMemory<byte>.Empty, surface, subject ?? ContentSubject.None, locale, copy);
    }

    /// <summary>An image's encoded bytes met on <paramref name="surface"/>. The bytes are not copied; do not change them while screening.</summary>
    public static Content FromImage(ReadOnlyMemory<byte> bytes, Surface surface, ContentSubject? subject = null, string? locale = null) =>
        new(ContentKind.Image, null, bytes, surface, subject ?? ContentSubject.None, locale);

    /// <summary>Kind, surface and size; never the content itself, so it is safe to log.</summary>
    public override string ToString() => Kind switch
    {
        ContentKind.Text when Turns is { } turns => $"conversation on {Surface} ({turns.Count} turns, {Text!.Length} chars)",
        ContentKind.Text => $"text on {Surface} ({Text!.Length} chars)",
        _ => $"image on {Surface} ({Bytes.Length} bytes)",
    };
}
