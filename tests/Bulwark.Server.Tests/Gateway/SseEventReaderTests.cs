using System.Text;
using Bulwark.Server.Gateway;

namespace Bulwark.Server.Tests.Gateway;

public sealed class SseEventReaderTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public async Task Events_keep_their_own_bytes_whatever_the_line_ends(string end)
    {
        var first = $"event: a{end}data: one{end}data: two{end}{end}";
        var second = $": a comment{end}{end}";
        var third = $"data:three{end}{end}";

        var events = await ReadAsync(first + second + third, bytesPerRead: 1);

        Assert.Equal([first, second, third], events.Select(e => Encoding.UTF8.GetString(e.Bytes.Span)));
        Assert.Equal("a", events[0].Item.EventType);
        Assert.Equal("one\ntwo", events[0].Item.Data);
        Assert.Equal(string.Empty, events[1].Item.Data);
        Assert.Equal("three", events[2].Item.Data);
    }

    [Fact]
    public async Task Bytes_after_the_last_blank_line_are_an_event_too()
    {
        var events = await ReadAsync("data: a\n\ndata: [DONE]\n", bytesPerRead: 3);

        Assert.Equal(["a", "[DONE]"], events.Select(e => e.Item.Data));
    }

    [Fact]
    public async Task An_event_longer_than_the_buffer_is_read_whole()
    {
        var data = new string('x', 100_000);

        var events = await ReadAsync($"data: {data}\n\ndata: b\n\n", bytesPerRead: 8192);

        Assert.Equal([data, "b"], events.Select(e => e.Item.Data));
    }

    [Fact]
    public async Task Multibyte_characters_split_across_reads_survive()
    {
        var events = await ReadAsync("data: crème brûlée, 日本語\n\n", bytesPerRead: 1);

        Assert.Equal("crème brûlée, 日本語", Assert.Single(events).Item.Data);
    }

    private static async Task<List<SseEvent>> ReadAsync(string text, int bytesPerRead)
    {
        var events = new List<SseEvent>();
        await foreach (var item in SseEventReader.ReadAsync(new TrickleStream(Encoding.UTF8.GetBytes(text), bytesPerRead), CancellationToken.None))
        {
            events.Add(item);
        }

        return events;
    }

    /// <summary>A stream that returns at most a few bytes per read, as a network does at its worst.</summary>
    private sealed class TrickleStream(byte[] bytes, int bytesPerRead) : MemoryStream(bytes, writable: false)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, bytesPerRead)], cancellationToken);
    }
}
