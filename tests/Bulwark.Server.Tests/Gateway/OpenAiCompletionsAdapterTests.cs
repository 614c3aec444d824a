using System.Net.ServerSentEvents;
using System.Text.Json.Nodes;
using Bulwark.Server.Gateway;

namespace Bulwark.Server.Tests.Gateway;

public sealed class OpenAiCompletionsAdapterTests
{
    private readonly OpenAiCompletionsAdapter _adapter = new();

    [Fact]
    public void Prompt_and_suffix_are_turns()
    {
        var request = _adapter.ReadRequest(JsonNode.Parse("""{"model":"m","stream":true,"user":"u-1","prompt":"def add(a, b):","suffix":"return total"}""")!);

        Assert.Equal(["def add(a, b):", "return total"], request.Turns);
        Assert.True(request.Stream);
        Assert.Equal("m", request.Model);
        Assert.Equal("u-1", request.UserId);
        Assert.Equal(0, request.AssistantTurns);
    }

    [Fact]
    public void Every_prompt_of_a_batch_is_a_turn()
    {
        var request = _adapter.ReadRequest(JsonNode.Parse("""{"model":"m","prompt":["first prompt","second prompt"]}""")!);

        Assert.Equal(["first prompt", "second prompt"], request.Turns);
        Assert.False(request.Stream);
        Assert.Null(request.UserId);
    }

    [Fact]
    public void Absent_prompt_has_no_text()
    {
        Assert.Empty(_adapter.ReadRequest(JsonNode.Parse("""{"model":"m"}""")!).Turns);
    }

    [Theory]
    [InlineData("[1, 2, 3]")]
    [InlineData("[[1, 2], [3]]")]
    [InlineData("[\"text\", 42]")]
    [InlineData("42")]
    public void Prompt_of_token_ids_cannot_be_screened_and_is_refused(string prompt)
    {
        var error = Assert.Throws<ProtocolRequestException>(() => _adapter.ReadRequest(JsonNode.Parse($$"""{"model":"m","prompt":{{prompt}}}""")!));

        Assert.Contains("token ids", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Suffix_that_is_not_a_string_is_refused()
    {
        Assert.Throws<ProtocolRequestException>(() => _adapter.ReadRequest(JsonNode.Parse("""{"model":"m","prompt":"a","suffix":[1]}""")!));
    }

    [Fact]
    public void Each_choice_text_is_an_answer()
    {
        var answer = JsonNode.Parse("""{"choices":[{"index":0,"text":"first"},{"index":1,"text":"second"},{"index":2}]}""")!;

        Assert.Equal(["first", "second", ""], _adapter.AnswerTexts(answer));
    }

    [Fact]
    public void Answer_without_choices_cannot_be_read()
    {
        Assert.Throws<FormatException>(() => _adapter.AnswerTexts(JsonNode.Parse("""{"id":"x"}""")!));
    }

    [Fact]
    public void Replaced_choice_carries_the_message_filtered_and_the_others_are_kept()
    {
        var answer = JsonNode.Parse("""{"id":"cmpl-1","choices":[{"index":0,"text":"kept","finish_reason":"stop"},{"index":1,"text":"withheld","logprobs":{"tokens":["withheld"]},"finish_reason":"stop"}]}""")!;

        _adapter.ReplaceAnswer(answer, 1, "Refused.");

        Assert.Equal("kept", answer["choices"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("Refused.", answer["choices"]![1]!["text"]!.GetValue<string>());
        Assert.Equal("content_filter", answer["choices"]![1]!["finish_reason"]!.GetValue<string>());
        Assert.Null(answer["choices"]![1]!["logprobs"]);
        Assert.Equal("cmpl-1", answer["id"]!.GetValue<string>());
    }

    [Fact]
    public void Support_resources_close_every_choice()
    {
        var answer = JsonNode.Parse("""{"choices":[{"index":0,"text":"one"},{"index":1,"text":"two"}]}""")!;

        _adapter.AppendToAnswer(answer, "Help is here.");

        Assert.Equal(["one\n\nHelp is here.", "two\n\nHelp is here."], _adapter.AnswerTexts(answer));
    }

    [Fact]
    public void Refusal_is_a_text_completion_filtered_by_content()
    {
        var refusal = JsonNode.Parse(_adapter.Refusal("m", "Refused.", stream: false))!;

        Assert.Equal("text_completion", refusal["object"]!.GetValue<string>());
        Assert.Equal("m", refusal["model"]!.GetValue<string>());
        Assert.Equal("Refused.", refusal["choices"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("content_filter", refusal["choices"]![0]!["finish_reason"]!.GetValue<string>());
    }

    [Fact]
    public void Errors_are_in_openai_shape()
    {
        var error = JsonNode.Parse(_adapter.Error(413, "Too large."))!;

        Assert.Equal("Too large.", error["error"]!["message"]!.GetValue<string>());
        Assert.Equal("invalid_request_error", error["error"]!["type"]!.GetValue<string>());
        Assert.Equal("request_too_large", error["error"]!["code"]!.GetValue<string>());
        Assert.Equal(new OpenAiChatAdapter().Error(413, "Too large."), _adapter.Error(413, "Too large."));
    }

    [Fact]
    public void Streamed_deltas_are_joined_without_inventing_spaces_per_choice()
    {
        SseItem<string>[] events =
        [
            new("""{"id":"cmpl-1","object":"text_completion","choices":[{"index":0,"text":"pan"},{"index":1,"text":"waf"}]}""", null),
            new("""{"id":"cmpl-1","object":"text_completion","choices":[{"index":0,"text":"cakes are"},{"index":1,"text":"fles"}]}""", null),
            new("""{"id":"cmpl-1","object":"text_completion","choices":[{"index":0,"text":" good","finish_reason":"stop"}]}""", null),
            new("[DONE]", null),
        ];

        var stream = _adapter.ReadStream("m");
        var texts = events.Select(Received.Event).SelectMany(stream.Read).ToList();

        Assert.Equal("pancakes are good", string.Concat(texts.Where(text => text.Alternative == 0).Select(text => text.Text)));
        Assert.Equal("waffles", string.Concat(texts.Where(text => text.Alternative == 1).Select(text => text.Text)));
    }

    [Fact]
    public void Cut_shows_the_message_after_a_paragraph_break_where_text_was_released_and_ends_filtered()
    {
        var stream = _adapter.ReadStream("m");
        var first = Received.Event("""{"id":"cmpl-up","object":"text_completion","created":1700000000,"model":"up-model","choices":[{"index":0,"text":"Once"},{"index":1,"text":""}]}""");
        stream.Released(first, stream.Read(first));

        var chunks = SseParser.Create(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stream.Cut("Refused.")))).Enumerate().Select(item => item.Data).ToList();

        Assert.Equal("[DONE]", chunks[^1]);
        var parsed = chunks.SkipLast(1).Select(chunk => JsonNode.Parse(chunk)!).ToList();
        Assert.All(parsed, chunk => Assert.Equal("cmpl-up", chunk["id"]!.GetValue<string>()));
        Assert.All(parsed, chunk => Assert.Equal("text_completion", chunk["object"]!.GetValue<string>()));
        var choices = parsed.Select(chunk => chunk["choices"]![0]!).ToList();
        Assert.Equal("\n\nRefused.", choices.Single(c => c["index"]!.GetValue<int>() == 0 && c["finish_reason"] is null)["text"]!.GetValue<string>());
        Assert.Equal("Refused.", choices.Single(c => c["index"]!.GetValue<int>() == 1 && c["finish_reason"] is null)["text"]!.GetValue<string>());
        Assert.Equal(2, choices.Count(c => c["finish_reason"]?.GetValue<string>() == "content_filter"));
    }
}
