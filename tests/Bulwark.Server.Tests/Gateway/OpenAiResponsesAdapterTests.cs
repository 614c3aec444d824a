using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json.Nodes;
using Bulwark.Server.Gateway;

namespace Bulwark.Server.Tests.Gateway;

public sealed class OpenAiResponsesAdapterTests
{
    private readonly OpenAiResponsesAdapter _adapter = new();

    [Fact]
    public void Instructions_and_string_input_are_turns()
    {
        var request = _adapter.ReadRequest(JsonNode.Parse("""{"model":"m","stream":true,"instructions":"Be kind.","input":"How do I make pancakes?","user":"u-old","safety_identifier":"u-1"}""")!);

        Assert.Equal(["Be kind.", "How do I make pancakes?"], request.Turns);
        Assert.True(request.Stream);
        Assert.Equal("m", request.Model);
        Assert.Equal("u-1", request.UserId);
    }

    [Fact]
    public void User_names_the_end_user_when_there_is_no_safety_identifier()
    {
        Assert.Equal("u-old", _adapter.ReadRequest(JsonNode.Parse("""{"model":"m","input":"hi","user":"u-old"}""")!).UserId);
    }

    [Fact]
    public void Every_text_of_every_input_item_is_a_turn()
    {
        var request = _adapter.ReadRequest(JsonNode.Parse("""
            {"model":"m","input":[
              {"role":"developer","content":"Answer briefly."},
              {"type":"message","role":"user","content":[{"type":"input_text","text":"first part"},{"type":"input_image","image_url":"data:image/png;base64,AAEC"},{"type":"input_text","text":"second part"}]},
              {"type":"message","role":"assistant","content":[{"type":"output_text","text":"earlier answer","annotations":[]},{"type":"refusal","refusal":"no"}]},
              {"type":"function_call","call_id":"c1","name":"search","arguments":"{\"q\":\"tool text\"}"},
              {"type":"function_call_output","call_id":"c1","output":"tool result"},
              {"type":"function_call_output","call_id":"c2","output":[{"type":"input_text","text":"part result"}]},
              {"type":"reasoning","id":"rs_1","summary":[{"type":"summary_text","text":"thought"}]},
              {"type":"custom_tool_call","call_id":"c3","name":"code","input":"print(1)"},
              {"type":"future_item","text":"unknown item text"},
              {"role":"user","content":[{"type":"future_part","text":"unknown part text"}]}
            ]}
            """)!);

        Assert.Equal(
            ["Answer briefly.", "first part\nsecond part", "earlier answer\nno", "{\"q\":\"tool text\"}", "tool result", "part result", "thought", "print(1)", "unknown item text", "unknown part text"],
            request.Turns);
        Assert.Equal(1, request.AssistantTurns);
        Assert.False(request.Stream);
        Assert.Equal(new byte[] { 0, 1, 2 }, Assert.Single(request.Parts.Images).ToArray());
        Assert.Equal((0, 0), (request.Parts.RemoteImages, request.Parts.UnscreenableParts));
    }

    [Fact]
    public void Images_by_URL_or_file_and_parts_without_text_are_counted_for_the_policy()
    {
        var request = _adapter.ReadRequest(JsonNode.Parse("""
            {"model":"m","input":[
              {"role":"user","content":[
                {"type":"input_image","image_url":"https://example.com/a.png"},
                {"type":"input_image","file_id":"file-1"},
                {"type":"input_file","file_data":"AAAA","filename":"a.pdf"},
                {"type":"input_audio","input_audio":{"data":"AAAA","format":"wav"}}]},
              {"type":"function_call_output","call_id":"c1","output":[{"type":"input_image","image_url":"data:image/png;base64,AAEC"}]}
            ],"prompt":{"id":"pmpt_1","variables":{"picture":{"type":"input_image","file_id":"file-2"}}}}
            """)!);

        Assert.Equal((1, 3, 2), (request.Parts.Images.Count, request.Parts.RemoteImages, request.Parts.UnscreenableParts));
    }

    [Fact]
    public void Image_part_without_an_image_is_a_bad_request()
    {
        Assert.Throws<ProtocolRequestException>(() => _adapter.ReadRequest(JsonNode.Parse("""{"input":[{"role":"user","content":[{"type":"input_image","detail":"auto"}]}]}""")!));
    }

    [Fact]
    public void Generated_images_in_an_answer_are_screened_as_output()
    {
        var answer = JsonNode.Parse("""{"output":[{"type":"image_generation_call","id":"ig_1","status":"completed","result":"AAEC"},{"type":"message","content":[{"type":"output_text","text":"Here."}]}]}""")!;

        Assert.Equal(new byte[] { 0, 1, 2 }, Assert.Single(_adapter.AnswerImages(answer)).ToArray());
    }

    [Theory]
    [InlineData("""{"type":"response.image_generation_call.partial_image","output_index":0,"partial_image_b64":"AAEC"}""")]
    [InlineData("""{"type":"response.output_item.done","output_index":0,"item":{"type":"image_generation_call","result":"AAEC"}}""")]
    [InlineData("""{"type":"response.completed","response":{"output":[{"type":"image_generation_call","result":"AAEC"}]}}""")]
    public void Stream_carrying_a_generated_image_cannot_be_screened(string data)
    {
        Assert.Throws<FormatException>(() => _adapter.ReadStream("m").Read(Event(data)));
    }

    [Fact]
    public void Reusable_prompt_variables_are_turns()
    {
        var request = _adapter.ReadRequest(JsonNode.Parse("""{"model":"m","prompt":{"id":"pmpt_1","variables":{"topic":"pancakes","extra":{"type":"input_text","text":"with syrup"}}}}""")!);

        Assert.Equal(["pancakes", "with syrup"], request.Turns);
    }

    [Theory]
    [InlineData("""{"input":42}""")]
    [InlineData("""{"input":["not an item"]}""")]
    [InlineData("""{"input":"hi","instructions":["not a string"]}""")]
    [InlineData("""[]""")]
    public void Request_that_is_not_a_responses_request_is_refused(string body)
    {
        Assert.Throws<ProtocolRequestException>(() => _adapter.ReadRequest(JsonNode.Parse(body)!));
    }

    [Fact]
    public void Answer_text_is_every_output_item_in_order()
    {
        var answer = JsonNode.Parse("""
            {"id":"resp_1","object":"response","status":"completed","output":[
              {"type":"reasoning","id":"rs_1","summary":[{"type":"summary_text","text":"thinking"}]},
              {"type":"message","id":"msg_1","role":"assistant","content":[{"type":"output_text","text":"first","annotations":[]},{"type":"refusal","refusal":"second"}]},
              {"type":"function_call","id":"fc_1","call_id":"c1","name":"search","arguments":"{\"q\":\"x\"}"}
            ]}
            """)!;

        Assert.Equal(["thinking\nfirst\nsecond\n{\"q\":\"x\"}"], _adapter.AnswerTexts(answer));
    }

    [Fact]
    public void Answer_without_output_cannot_be_read()
    {
        Assert.Throws<FormatException>(() => _adapter.AnswerTexts(JsonNode.Parse("""{"id":"resp_1"}""")!));
    }

    [Fact]
    public void Replaced_answer_is_an_incomplete_response_with_the_message_as_output_text()
    {
        var answer = JsonNode.Parse("""{"id":"resp_1","object":"response","status":"completed","model":"m","output":[{"type":"message","role":"assistant","content":[{"type":"output_text","text":"withheld"}]}],"output_text":"withheld","usage":{"input_tokens":1}}""")!;

        _adapter.ReplaceAnswer(answer, 0, "Refused.");

        Assert.Equal("incomplete", answer["status"]!.GetValue<string>());
        Assert.Equal("content_filter", answer["incomplete_details"]!["reason"]!.GetValue<string>());
        Assert.Equal(["Refused."], _adapter.AnswerTexts(answer));
        var message = Assert.Single(answer["output"]!.AsArray())!;
        Assert.Equal("assistant", message["role"]!.GetValue<string>());
        Assert.Equal("output_text", message["content"]![0]!["type"]!.GetValue<string>());
        Assert.Equal("Refused.", answer["output_text"]!.GetValue<string>());
        Assert.Equal("resp_1", answer["id"]!.GetValue<string>());
        Assert.Equal(1, answer["usage"]!["input_tokens"]!.GetValue<int>());
    }

    [Fact]
    public void Support_resources_close_the_last_output_text()
    {
        var answer = JsonNode.Parse("""{"output":[{"type":"message","role":"assistant","content":[{"type":"output_text","text":"one"},{"type":"output_text","text":"two"}]},{"type":"function_call","arguments":"{}"}]}""")!;

        _adapter.AppendToAnswer(answer, "Help is here.");

        Assert.Equal("one", answer["output"]![0]!["content"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("two\n\nHelp is here.", answer["output"]![0]!["content"]![1]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Refusal_is_an_incomplete_response_filtered_by_content()
    {
        var refusal = JsonNode.Parse(_adapter.Refusal("m", "Refused.", stream: false))!;

        Assert.Equal("response", refusal["object"]!.GetValue<string>());
        Assert.Equal("incomplete", refusal["status"]!.GetValue<string>());
        Assert.Equal("content_filter", refusal["incomplete_details"]!["reason"]!.GetValue<string>());
        Assert.Equal("m", refusal["model"]!.GetValue<string>());
        Assert.Equal(["Refused."], _adapter.AnswerTexts(refusal));
    }

    [Fact]
    public void Streamed_deltas_are_joined_without_inventing_spaces_and_parts_are_separate_paragraphs()
    {
        SseEvent[] events =
        [
            Event("""{"type":"response.created","sequence_number":0,"response":{"id":"resp_up","model":"up"}}"""),
            Event("""{"type":"response.output_text.delta","sequence_number":1,"output_index":0,"content_index":0,"delta":"pan"}"""),
            Event("""{"type":"response.output_text.delta","sequence_number":2,"output_index":0,"content_index":0,"delta":"cakes are"}"""),
            Event("""{"type":"response.output_text.delta","sequence_number":3,"output_index":0,"content_index":0,"delta":" good"}"""),
            Event("""{"type":"response.output_text.done","sequence_number":4,"output_index":0,"content_index":0,"text":"pancakes are good"}"""),
            Event("""{"type":"response.refusal.delta","sequence_number":5,"output_index":0,"content_index":1,"delta":"no"}"""),
            Event("""{"type":"response.function_call_arguments.delta","sequence_number":6,"output_index":1,"delta":"{\"q\":"}"""),
            Event("""{"type":"response.function_call_arguments.delta","sequence_number":7,"output_index":1,"delta":"\"x\"}"}"""),
            Event("""{"type":"response.completed","sequence_number":8,"response":{"id":"resp_up","output":[]}}"""),
        ];

        var stream = _adapter.ReadStream("m");
        var texts = events.SelectMany(stream.Read).ToList();

        Assert.All(texts, text => Assert.Equal(0, text.Alternative));
        Assert.Equal("pancakes are good\nno\n{\"q\":\"x\"}", string.Concat(texts.Select(text => text.Text)));
    }

    [Fact]
    public void Done_event_with_more_than_its_deltas_has_the_rest_screened()
    {
        var stream = _adapter.ReadStream("m");
        stream.Read(Event("""{"type":"response.output_text.delta","output_index":0,"content_index":0,"delta":"pan"}"""));

        var rest = stream.Read(Event("""{"type":"response.output_text.done","output_index":0,"content_index":0,"text":"pancakes"}"""));

        Assert.Equal("cakes", Assert.Single(rest).Text);
    }

    [Fact]
    public void Done_event_saying_something_else_than_its_deltas_is_screened_as_an_answer_of_its_own()
    {
        var stream = _adapter.ReadStream("m");
        stream.Read(Event("""{"type":"response.output_text.delta","output_index":0,"content_index":0,"delta":" pan "}"""));

        var other = stream.Read(Event("""{"type":"response.output_text.done","output_index":0,"content_index":0,"text":"something else"}"""));
        var trimmed = stream.Read(Event("""{"type":"response.output_text.done","output_index":0,"content_index":0,"text":"pan"}"""));

        Assert.Equal(new StreamedText(1, "something else"), Assert.Single(other));
        Assert.Empty(trimmed);
    }

    [Fact]
    public void Item_part_and_response_events_repeating_the_deltas_carry_no_new_text()
    {
        var stream = _adapter.ReadStream("m");
        stream.Read(Event("""{"type":"response.output_text.delta","output_index":0,"content_index":0,"delta":"pancakes"}"""));
        stream.Read(Event("""{"type":"response.function_call_arguments.delta","output_index":1,"delta":"{}"}"""));

        Assert.Empty(stream.Read(Event("""{"type":"response.content_part.done","output_index":0,"content_index":0,"part":{"type":"output_text","text":"pancakes"}}""")));
        Assert.Empty(stream.Read(Event("""{"type":"response.output_item.done","output_index":0,"item":{"type":"message","role":"assistant","content":[{"type":"output_text","text":"pancakes"}]}}""")));
        Assert.Empty(stream.Read(Event("""{"type":"response.completed","response":{"output":[{"type":"message","content":[{"type":"output_text","text":"pancakes"}]},{"type":"function_call","arguments":"{}"}]}}""")));
    }

    [Fact]
    public void Text_only_in_an_item_or_the_final_response_is_screened_as_an_answer_of_its_own()
    {
        var stream = _adapter.ReadStream("m");
        stream.Read(Event("""{"type":"response.output_text.delta","output_index":0,"content_index":0,"delta":"pancakes"}"""));

        var item = stream.Read(Event("""{"type":"response.output_item.added","output_index":1,"item":{"type":"message","role":"assistant","content":[{"type":"output_text","text":"never streamed"}]}}"""));
        var final = stream.Read(Event("""{"type":"response.completed","response":{"output":[{"type":"message","content":[{"type":"output_text","text":"something else"}]}]}}"""));

        Assert.Equal(new StreamedText(1, "never streamed"), Assert.Single(item));
        Assert.Equal(new StreamedText(1, "\nsomething else"), Assert.Single(final));
    }

    [Fact]
    public void Cut_closes_what_the_client_saw_opened_adds_the_message_and_ends_incomplete_numbering_on()
    {
        var stream = _adapter.ReadStream("m");
        SseEvent[] released =
        [
            Event("""{"type":"response.created","sequence_number":0,"response":{"id":"resp_up","object":"response","created_at":1700000000,"model":"up-model","status":"in_progress","output":[]}}"""),
            Event("""{"type":"response.output_item.added","sequence_number":1,"output_index":0,"item":{"type":"message","id":"msg_up","status":"in_progress","role":"assistant","content":[]}}"""),
            Event("""{"type":"response.content_part.added","sequence_number":2,"item_id":"msg_up","output_index":0,"content_index":0,"part":{"type":"output_text","text":"","annotations":[]}}"""),
            Event("""{"type":"response.output_text.delta","sequence_number":3,"item_id":"msg_up","output_index":0,"content_index":0,"delta":"Once upon"}"""),
        ];
        foreach (var item in released)
        {
            stream.Released(item, stream.Read(item));
        }

        var events = SseParser.Create(new MemoryStream(Encoding.UTF8.GetBytes(stream.Cut("Refused.")))).Enumerate().ToList();
        var data = events.Select(item => JsonNode.Parse(item.Data)!).ToList();

        Assert.Equal(
            [
                "response.output_text.done", "response.content_part.done", "response.output_item.done",
                "response.output_item.added", "response.content_part.added", "response.output_text.delta", "response.output_text.done",
                "response.content_part.done", "response.output_item.done", "response.incomplete",
            ],
            events.Select(item => item.EventType));
        Assert.Equal(events.Select(item => item.EventType), data.Select(d => d["type"]!.GetValue<string>()));
        Assert.Equal(Enumerable.Range(4, events.Count), data.Select(d => d["sequence_number"]!.GetValue<int>()));
        Assert.Equal("Once upon", data[0]["text"]!.GetValue<string>());
        Assert.Equal("incomplete", data[2]["item"]!["status"]!.GetValue<string>());
        Assert.Equal(1, data[3]["output_index"]!.GetValue<int>());
        Assert.Equal("\n\nRefused.", data[5]["delta"]!.GetValue<string>());
        var response = data[^1]["response"]!;
        Assert.Equal("resp_up", response["id"]!.GetValue<string>());
        Assert.Equal("up-model", response["model"]!.GetValue<string>());
        Assert.Equal("incomplete", response["status"]!.GetValue<string>());
        Assert.Equal("content_filter", response["incomplete_details"]!["reason"]!.GetValue<string>());
        Assert.Equal(["Once upon\n\n\nRefused."], _adapter.AnswerTexts(response));
    }

    [Fact]
    public void Cut_of_a_tool_call_keeps_none_of_its_arguments()
    {
        var stream = _adapter.ReadStream("m");
        SseEvent[] released =
        [
            Event("""{"type":"response.created","sequence_number":0,"response":{"id":"resp_up","model":"up-model","output":[]}}"""),
            Event("""{"type":"response.output_item.added","sequence_number":1,"output_index":0,"item":{"type":"function_call","id":"fc_1","call_id":"c1","name":"search","arguments":"","status":"in_progress"}}"""),
            Event("""{"type":"response.function_call_arguments.delta","sequence_number":2,"item_id":"fc_1","output_index":0,"delta":"{\"q\":"}"""),
        ];
        foreach (var item in released)
        {
            stream.Released(item, stream.Read(item));
        }

        var data = SseParser.Create(new MemoryStream(Encoding.UTF8.GetBytes(stream.Cut("Refused.")))).Enumerate().Select(item => JsonNode.Parse(item.Data)!).ToList();

        var closed = data[0];
        Assert.Equal("response.output_item.done", closed["type"]!.GetValue<string>());
        Assert.Equal(string.Empty, closed["item"]!["arguments"]!.GetValue<string>());
        Assert.Equal("incomplete", closed["item"]!["status"]!.GetValue<string>());
        Assert.Equal(3, closed["sequence_number"]!.GetValue<int>());
    }

    [Fact]
    public void Stream_refusal_of_a_withheld_prompt_is_a_whole_incomplete_stream()
    {
        var events = SseParser.Create(new MemoryStream(Encoding.UTF8.GetBytes(_adapter.Refusal("m", "Refused.", stream: true)))).Enumerate().ToList();

        Assert.Equal("response.created", events[0].EventType);
        Assert.Equal("response.incomplete", events[^1].EventType);
        Assert.Equal(Enumerable.Range(0, events.Count), events.Select(item => JsonNode.Parse(item.Data)!["sequence_number"]!.GetValue<int>()));
        Assert.Equal("Refused.", JsonNode.Parse(events.Single(item => item.EventType == "response.output_text.delta").Data)!["delta"]!.GetValue<string>());
    }

    private static SseEvent Event(string data) => Received.Event(new SseItem<string>(data, JsonNode.Parse(data)!["type"]!.GetValue<string>()));
}
