using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text;

namespace Bulwark.Server.Gateway;

/// <summary>
/// Cuts an event stream into events as the bytes arrive, keeping each event's own bytes so an allowed event can be
/// released exactly as the upstream sent it. Lines end with CRLF, LF or CR; a blank line ends an event (the
/// <c>text/event-stream</c> rules). <see cref="SseParser"/> parses, but does not give back the bytes.
/// </summary>
internal static class SseEventReader
{
    /// <summary>
    /// The events of <paramref name="stream"/>, each yielded as soon as its blank line arrives. Bytes left after the
    /// last blank line when the stream ends are yielded as one more event, so nothing is dropped unscreened.
    /// </summary>
    public static async IAsyncEnumerable<SseEvent> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        var length = 0;
        var eventStart = 0;
        var lineStart = 0;
        var ended = false;
        while (!ended)
        {
            if (length == buffer.Length)
            {
                // Keep the unfinished event at the front; grow only when it fills the buffer by itself.
                var kept = length - eventStart;
                var target = kept * 2 > buffer.Length ? new byte[buffer.Length * 2] : buffer;
                Buffer.BlockCopy(buffer, eventStart, target, 0, kept);
                buffer = target;
                lineStart -= eventStart;
                eventStart = 0;
                length = kept;
            }

            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            ended = read == 0;
            length += read;
            while (NextLineEnd(buffer, lineStart, length, ended) is var (end, next) && end >= 0)
            {
                var blank = end == lineStart;
                lineStart = next;
                if (blank)
                {
                    yield return Parse(buffer.AsSpan(eventStart, next - eventStart));
                    eventStart = next;
                }
            }
        }

        if (length > eventStart)
        {
            yield return Parse(buffer.AsSpan(eventStart, length - eventStart));
        }
    }

    /// <summary>Where the line starting at <paramref name="from"/> ends and the next begins, or -1 when it has not ended yet.</summary>
    private static (int End, int Next) NextLineEnd(byte[] buffer, int from, int length, bool ended) =>
        LineEnd(buffer.AsSpan(from, length - from), ended) is var (end, next) && end >= 0 ? (from + end, from + next) : (-1, -1);

    /// <summary>
    /// Where the first line of <paramref name="text"/> ends and the next begins (CRLF, LF or CR), or -1 when it has not
    /// ended yet: a CR last in <paramref name="text"/> may be the first half of a CRLF still to come, unless
    /// <paramref name="ended"/>.
    /// </summary>
    private static (int End, int Next) LineEnd(ReadOnlySpan<byte> text, bool ended)
    {
        var end = text.IndexOfAny((byte)'\r', (byte)'\n');
        if (end < 0)
        {
            return (-1, -1);
        }

        if (text[end] == '\n')
        {
            return (end, end + 1);
        }

        if (end + 1 == text.Length)
        {
            return ended ? (end, end + 1) : (-1, -1);
        }

        return (end, text[end + 1] == '\n' ? end + 2 : end + 1);
    }

    /// <summary>
    /// The event's type and data, read straight from its bytes: only field values are decoded, and an event with one
    /// data line (the usual case) decodes it once, with no joining.
    /// </summary>
    private static SseEvent Parse(ReadOnlySpan<byte> bytes)
    {
        string? type = null;
        string? single = null;
        StringBuilder? joined = null;
        var rest = bytes;
        while (!rest.IsEmpty)
        {
            // The event is whole: a line without an end is its last.
            var (end, next) = LineEnd(rest, ended: true);
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[next..];
            if (line.IsEmpty || line[0] == ':')
            {
                continue;
            }

            var colon = line.IndexOf((byte)':');
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? [] : line[(colon + 1)..];
            if (!value.IsEmpty && value[0] == ' ')
            {
                value = value[1..];
            }

            if (field.SequenceEqual("event"u8))
            {
                type = Encoding.UTF8.GetString(value);
            }
            else if (field.SequenceEqual("data"u8))
            {
                var text = Encoding.UTF8.GetString(value);
                if (single is null && joined is null)
                {
                    single = text;
                }
                else
                {
                    joined ??= new StringBuilder(single);
                    joined.Append('\n').Append(text);
                }
            }
        }

        return new SseEvent(bytes.ToArray(), new SseItem<string>(joined?.ToString() ?? single ?? string.Empty, type));
    }
}
