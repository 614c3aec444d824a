using System.Net.ServerSentEvents;
using System.Text.Json.Nodes;

namespace Bulwark.Server.Gateway;

/// <summary>
/// One server-sent event of an upstream stream: its bytes exactly as received, what they say, and its data parsed as
/// JSON once for every reader of the event (the protocol's stream reads it when it arrives, notes it when it is
/// released, and may look at it again for the answer's end). One stream's events are read on one thread.
/// </summary>
internal sealed class SseEvent
{
    private JsonObject? _json;
    private bool _parsed;

    /// <param name="bytes">The event's lines and the blank line that ends it, as the upstream sent them; released unchanged.</param>
    /// <param name="item">The event's type and data (data lines joined by line breaks); data is empty for a comment.</param>
    public SseEvent(ReadOnlyMemory<byte> bytes, SseItem<string> item)
    {
        Bytes = bytes;
        Item = item;
    }

    public ReadOnlyMemory<byte> Bytes { get; }

    public SseItem<string> Item { get; }

    /// <summary>
    /// The data as a JSON object, parsed on first use; null when the data is empty or JSON other than an object. It is
    /// shared: a reader that keeps or changes part of it takes a copy.
    /// </summary>
    /// <exception cref="System.Text.Json.JsonException">The data is not JSON (every use throws again).</exception>
    public JsonObject? Json
    {
        get
        {
            if (!_parsed)
            {
                _json = Item.Data.Length > 0 ? JsonNode.Parse(Item.Data) as JsonObject : null;
                _parsed = true;
            }

            return _json;
        }
    }
}
