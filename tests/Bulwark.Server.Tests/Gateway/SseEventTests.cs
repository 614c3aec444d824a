using System.Text.Json;
using Bulwark.Server.Gateway;

namespace Bulwark.Server.Tests.Gateway;

public sealed class SseEventTests
{
    [Fact]
    public void Data_is_parsed_once_and_shared_by_every_reader()
    {
        var item = Received.Event("""{"type":"response.output_text.delta","delta":"pan"}""");

        var first = item.Json;

        Assert.NotNull(first);
        Assert.Same(first, item.Json);
        Assert.Equal("pan", first["delta"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    public void Data_that_is_empty_or_not_an_object_has_no_json_object(string data) =>
        Assert.Null(Received.Event(data).Json);

    [Fact]
    public void Data_that_is_not_json_fails_every_time_it_is_read()
    {
        var item = Received.Event("{\"type\":");

        Assert.ThrowsAny<JsonException>(() => item.Json);
        Assert.ThrowsAny<JsonException>(() => item.Json);
    }

    [Fact]
    public void The_responses_appendix_rewrites_a_copy_of_the_final_event_not_the_shared_data()
    {
        var stream = new OpenAiResponsesAdapter().ReadStream("m");
        var completed = Received.Event(new System.Net.ServerSentEvents.SseItem<string>(
            """{"type":"response.completed","sequence_number":1,"response":{"id":"resp_up","output":[]}}""", "response.completed"));
        stream.Read(completed);

        var appendix = stream.Appendix(completed, "Help is available.");

        Assert.NotNull(appendix);
        Assert.True(appendix.Value.ReplacesEvent);
        Assert.Contains("Help is available.", appendix.Value.Events, StringComparison.Ordinal);
        Assert.Empty(completed.Json!["response"]!["output"]!.AsArray());
        Assert.Equal(1, completed.Json!["sequence_number"]!.GetValue<int>());
    }
}
