using System.Net.ServerSentEvents;

namespace Bulwark.Server.Gateway;

/// <summary>One server-sent event of an upstream stream: its bytes exactly as received, and what they say.</summary>
/// <param name="Bytes">The event's lines and the blank line that ends it, as the upstream sent them; released unchanged.</param>
/// <param name="Item">The event's type and data (data lines joined by line breaks); data is empty for a comment.</param>
internal sealed record SseEvent(ReadOnlyMemory<byte> Bytes, SseItem<string> Item);
