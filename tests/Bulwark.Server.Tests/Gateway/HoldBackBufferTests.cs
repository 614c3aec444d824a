using System.Net.ServerSentEvents;
using Bulwark.Server.Gateway;

namespace Bulwark.Server.Tests.Gateway;

public sealed class HoldBackBufferTests
{
    [Fact]
    public void Text_waits_until_the_window_after_it_is_screened()
    {
        var buffer = new HoldBackBuffer(windowChars: 10);
        buffer.Add(Event("role"), []);
        buffer.Add(Event("a"), [new StreamedText(0, "12345")]);

        Assert.Equal(["role"], Released(buffer, ended: false));

        buffer.Add(Event("b"), [new StreamedText(0, "6789012345")]);
        Assert.Equal([0], buffer.DueForScreening(ended: false));
        Assert.Empty(Released(buffer, ended: false));

        buffer.Screened(0, buffer.Text(0).Length);
        Assert.Equal(["a"], Released(buffer, ended: false));
        Assert.Equal(5, buffer.ReleasedChars(0));
    }

    [Fact]
    public void Events_without_text_keep_their_place_behind_held_text()
    {
        var buffer = new HoldBackBuffer(windowChars: 10);
        buffer.Add(Event("a"), [new StreamedText(0, "12345")]);
        buffer.Add(Event("usage"), []);

        Assert.Empty(Released(buffer, ended: false));

        buffer.Screened(0, 5);
        Assert.Equal(["a", "usage"], Released(buffer, ended: true));
    }

    [Fact]
    public void Unscreened_text_is_never_released_even_when_the_stream_ended()
    {
        var buffer = new HoldBackBuffer(windowChars: 0);
        buffer.Add(Event("a"), [new StreamedText(0, "12345")]);

        Assert.Empty(Released(buffer, ended: true));
        Assert.Equal([0], buffer.DueForScreening(ended: true));
    }

    [Fact]
    public void Long_answers_are_screened_in_steps_that_grow_with_them()
    {
        var buffer = new HoldBackBuffer(windowChars: 0);
        buffer.Add(Event("a"), [new StreamedText(0, new string('x', 10_000))]);
        buffer.Screened(0, 10_000);
        Released(buffer, ended: false);

        buffer.Add(Event("b"), [new StreamedText(0, new string('x', 300))]);
        Assert.Empty(buffer.DueForScreening(ended: false));

        buffer.Add(Event("c"), [new StreamedText(0, new string('x', 30))]);
        Assert.Equal([0], buffer.DueForScreening(ended: false));
    }

    [Fact]
    public void Alternatives_are_held_apart()
    {
        var buffer = new HoldBackBuffer(windowChars: 3);
        buffer.Add(Event("a0"), [new StreamedText(0, "abc")]);
        buffer.Add(Event("b1"), [new StreamedText(1, "abcde")]);
        buffer.Add(Event("c1"), [new StreamedText(1, "fgh")]);
        buffer.Screened(1, 8);

        Assert.Empty(Released(buffer, ended: false));

        buffer.Add(Event("d0"), [new StreamedText(0, "def")]);
        buffer.Screened(0, 6);
        Assert.Equal(["a0", "b1"], Released(buffer, ended: false));
    }

    private static SseEvent Event(string name) => new(Array.Empty<byte>(), new SseItem<string>(name, null));

    private static List<string> Released(HoldBackBuffer buffer, bool ended) => [.. buffer.Release(ended).Select(held => held.Event.Item.Data)];
}
