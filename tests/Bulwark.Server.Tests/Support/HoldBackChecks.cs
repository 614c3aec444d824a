using System.Text;
using Bulwark.Server.Gateway;

namespace Bulwark.Server.Tests.Support;

/// <summary>
/// What every protocol's hold-back tests share: the answers the fake model streams, and the check that a stream turning
/// violating reached the client only as a prefix of the model's events ending more than the window before the
/// violation, followed by the gateway's cut carrying the prevention message.
/// </summary>
internal static class HoldBackChecks
{
    /// <summary>About 900 characters of ordinary prose.</summary>
    public static readonly string LongAnswer = string.Concat(Enumerable.Repeat(
        "Whisk the flour, milk and eggs until smooth, then let the batter rest for ten minutes. Heat a heavy pan, brush it with butter and pour a thin ladle. ",
        6));

    /// <summary>Several hundred characters of prose, then the stand-in marker, then more.</summary>
    public static readonly string TurnsViolating = LongAnswer[..600] + StandInDetector.Marker + " and then the story goes on for a while longer.";

    /// <summary>
    /// Checks the released prefix against <see cref="TurnsViolating"/> and the <paramref name="window"/>, and returns the
    /// cut (what followed the released events), which the caller checks for its protocol's ending.
    /// </summary>
    public static string AssertReleasedBeforeTheMarker(GatewayHarness harness, string received, int window)
    {
        var markerStart = TurnsViolating.IndexOf(StandInDetector.Marker, StringComparison.Ordinal);
        var markerEnd = markerStart + StandInDetector.Marker.Length;
        var sent = harness.Upstream.SentEvents;
        var released = 0;
        var prefix = new StringBuilder();
        while (released < sent.Count && received.StartsWith(prefix + sent[released].Text, StringComparison.Ordinal))
        {
            prefix.Append(sent[released++].Text);
        }

        var releasedText = sent.Take(released).Where(e => e.TextLength > 0).Select(e => e.TextStart + e.TextLength).DefaultIfEmpty(0).Max();
        Assert.True(releasedText + window < markerEnd, $"{releasedText} characters were released with a window of {window}");
        Assert.True(releasedText <= markerStart);

        // Enough prose came before the marker for the window to have let some of it out (except the widest window).
        if (window + HoldBackBuffer.MinScreenChars < markerStart)
        {
            Assert.True(releasedText > 0, "the text before the violation flowed before the cut");
        }

        var cut = received[prefix.Length..];
        Assert.DoesNotContain("stand-in", cut, StringComparison.Ordinal);
        Assert.DoesNotContain("violation", cut, StringComparison.Ordinal);
        Assert.Contains("This request was refused", cut, StringComparison.Ordinal);
        return cut;
    }

    /// <summary>Everything the gateway sent for a streamed request.</summary>
    public static async Task<string> ReceiveAsync(GatewayHarness harness, HttpRequestMessage request)
    {
        using var client = harness.RawClient();
        using var response = await client.SendAsync(request);
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
    }
}
