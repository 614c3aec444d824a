using System.Net.ServerSentEvents;
using Bulwark.Server.Gateway;

namespace Bulwark.Server.Tests.Gateway;

/// <summary>Events as the gateway's stream reader hands them on, for tests that feed a protocol's stream directly.</summary>
internal static class Received
{
    public static SseEvent Event(SseItem<string> item) => new(Array.Empty<byte>(), item);

    public static SseEvent Event(string data) => Event(new SseItem<string>(data, null));
}
