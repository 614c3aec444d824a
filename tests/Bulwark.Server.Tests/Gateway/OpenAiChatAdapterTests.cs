using System.Net.ServerSentEvents;
using System.Text.Json.Nodes;
using Bulwark.Server.Gateway;

namespace Bulwark.Server.Tests.Gateway;

public sealed class OpenAiChatAdapterTests
{
    private readonly OpenAiChatAdapter _adapter = new();

    [Fact]
    public void Every_text_part_of_every_message_is_a_turn()
    {
        var request = _adapter.ReadRequest(JsonNode.Parse("""
            {"model":"m","stream":true,"user":"u-1","messages":[
              {"role":"system","content":"Be kind."},
              {"role":"user","content":[{"type":"text","text":"first part"},{"type":"image_url","image_url":{"url":"data:image/png;base64,AAEC"}},{"type":"text","text":"second part"}]},
              {"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"search","arguments":"{\"q\":\"tool text\"}"}}]},
              {"role":"tool","tool_call_id":"c1","content":"tool result"},
              {"role":"assistant","content":[{"type":"refusal","refusal":"no"}]}
            ]}
            """)!);

        Assert.Equal(["Be kind.", "first part\nsecond part", "{\"q\":\"tool text\"}", "tool result", "no"], request.Turns);
        Assert.True(request.Stream);
        Assert.Equal(2, request.AssistantTurns);
        Assert.Equal("u-1", request.UserId);
        Assert.Equal([0, 1, 2], Assert.Single(request.Parts.Images).ToArray());
        Assert.Equal((0, 0), (request.Parts.RemoteImages, request.Parts.UnscreenableParts));
    }

    [Fact]
    public void Images_by_URL_and_parts_without_text_are_counted_for_the_policy()
    {
        var request = _adapter.ReadRequest(JsonNode.Parse("""
            {"model":"m","messages":[{"role":"user","content":[
              {"type":"image_url","image_url":{"url":"https://example.com/a.png"}},
              {"type":"input_audio","input_audio":{"data":"AAAA","format":"wav"}},
              {"type":"file","file":{"file_id":"file-1"}},
              {"type":"something_new","text":"screened as text"}]}]}
            """)!);

        Assert.Equal(["screened as text"], request.Turns);
        Assert.Equal((0, 1, 2), (request.Parts.Images.Count, request.Parts.RemoteImages, request.Parts.UnscreenableParts));
    }

    [Fact]
    public void Streamed_deltas_are_joined_without_inventing_spaces()
    {
        SseItem<string>[] events =
        [
            new("""{"choices":[{"index":0,"delta":{"role":"assistant","content":"pan"}}]}""", null),
            new("""{"choices":[{"index":0,"delta":{"content":"cakes are"}}]}""", null),
            new("""{"choices":[{"index":0,"delta":{"content":" good"}}]}""", null),
            new("[DONE]", null),
        ];

        var stream = _adapter.ReadStream("m");

        Assert.Equal("pancakes are good", string.Concat(events.Select(Received.Event).SelectMany(stream.Read).Select(text => text.Text)));
    }

    [Fact]
    public void Refusal_is_a_normal_completion_filtered_by_content()
    {
        var refusal = JsonNode.Parse(_adapter.Refusal("m", "Refused.", stream: false))!;

        Assert.Equal("chat.completion", refusal["object"]!.GetValue<string>());
        Assert.Equal("content_filter", refusal["choices"]![0]!["finish_reason"]!.GetValue<string>());
        Assert.Equal("Refused.", refusal["choices"]![0]!["message"]!["content"]!.GetValue<string>());
    }
}
