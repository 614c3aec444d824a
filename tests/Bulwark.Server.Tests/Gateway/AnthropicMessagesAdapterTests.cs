using System.Net.ServerSentEvents;
using System.Text.Json.Nodes;
using Bulwark.Server.Gateway;

namespace Bulwark.Server.Tests.Gateway;

public sealed class AnthropicMessagesAdapterTests
{
    private readonly AnthropicMessagesAdapter _adapter = new();

    [Fact]
    public void System_prompt_and_every_block_are_turns()
    {
        var request = _adapter.ReadRequest(JsonNode.Parse("""
            {"model":"m","max_tokens":10,"metadata":{"user_id":"u-2"},
             "system":[{"type":"text","text":"Be kind."}],
             "messages":[
              {"role":"user","content":"hello"},
              {"role":"assistant","content":[{"type":"thinking","thinking":"hmm"},{"type":"text","text":"hi"},{"type":"tool_use","id":"t1","name":"search","input":{"q":"tool input"}}]},
              {"role":"user","content":[{"type":"tool_result","tool_use_id":"t1","content":[{"type":"text","text":"tool result"}]}]}
            ]}
            """)!);

        Assert.Equal(["Be kind.", "hello", "hmm\nhi\n{\"q\":\"tool input\"}", "tool result"], request.Turns);
        Assert.False(request.Stream);
        Assert.Equal(1, request.AssistantTurns);
        Assert.Equal("u-2", request.UserId);
    }

    [Fact]
    public void Image_blocks_are_decoded_or_counted_and_text_documents_are_text()
    {
        var request = _adapter.ReadRequest(JsonNode.Parse("""
            {"model":"m","max_tokens":10,"messages":[{"role":"user","content":[
              {"type":"image","source":{"type":"base64","media_type":"image/png","data":"AAEC"}},
              {"type":"image","source":{"type":"url","url":"https://example.com/a.png"}},
              {"type":"document","source":{"type":"text","media_type":"text/plain","data":"a plain document"}},
              {"type":"document","source":{"type":"base64","media_type":"application/pdf","data":"JVBERi0="}},
              {"type":"tool_result","tool_use_id":"t1","content":[{"type":"image","source":{"type":"base64","media_type":"image/png","data":"AwQF"}}]}]}]}
            """)!);

        Assert.Equal(["a plain document"], request.Turns);
        Assert.Equal([[0, 1, 2], [3, 4, 5]], request.Parts.Images.Select(image => image.ToArray()));
        Assert.Equal((1, 1), (request.Parts.RemoteImages, request.Parts.UnscreenableParts));
    }

    [Fact]
    public void Streamed_deltas_are_joined_without_inventing_spaces()
    {
        SseItem<string>[] events =
        [
            new("""{"type":"message_start","message":{"id":"x","content":[]}}""", "message_start"),
            new("""{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}""", "content_block_start"),
            new("""{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"pan"}}""", "content_block_delta"),
            new("""{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"cakes"}}""", "content_block_delta"),
            new("""{"type":"message_stop"}""", "message_stop"),
        ];

        var stream = _adapter.ReadStream("m");

        Assert.Equal("pancakes", string.Concat(events.Select(Received.Event).SelectMany(stream.Read).Select(text => text.Text)));
    }

    [Fact]
    public void Streamed_refusal_follows_the_documented_event_order()
    {
        var types = _adapter.Refusal("m", "Refused.", stream: true)
            .Split('\n')
            .Where(line => line.StartsWith("event: ", StringComparison.Ordinal))
            .Select(line => line["event: ".Length..]);

        Assert.Equal(["message_start", "content_block_start", "content_block_delta", "content_block_stop", "message_delta", "message_stop"], types);
    }
}
