using Bulwark.Server.Gateway;

namespace Bulwark.Server.Tests.Gateway;

public sealed class ConversationMemoryTests
{
    private static readonly GatewayOptions Options = new() { Upstream = new Uri("http://127.0.0.1:1") };

    private static ProtocolRequest Request(string turn, string? previous = null, string? conversation = null, bool stored = true) =>
        new("m", false, [turn], 0, null) { PreviousResponseId = previous, ConversationId = conversation, Stored = stored };

    [Fact]
    public void A_continued_response_recalls_the_turns_and_answers_before_it_in_order()
    {
        using var memory = new ConversationMemory(Options);
        var first = Request("first question");
        memory.Remember("t", first, memory.Recall("t", first, out _), "resp_1", ["first answer"]);
        var second = Request("second question", previous: "resp_1");
        memory.Remember("t", second, memory.Recall("t", second, out _), "resp_2", ["second answer"]);

        var recalled = memory.Recall("t", Request("third question", previous: "resp_2"), out var unseen);

        Assert.False(unseen);
        Assert.Equal(["first question", "first answer", "second question", "second answer"], recalled);
    }

    [Fact]
    public void A_conversation_is_recalled_by_its_id_and_grows_with_every_answer()
    {
        using var memory = new ConversationMemory(Options);
        var first = Request("one", conversation: "conv_1");
        memory.Remember("t", first, memory.Recall("t", first, out _), "resp_a", ["two"]);
        var second = Request("three", conversation: "conv_1");
        memory.Remember("t", second, memory.Recall("t", second, out _), "resp_b", ["four"]);

        Assert.Equal(["one", "two", "three", "four"], memory.Recall("t", Request("five", conversation: "conv_1"), out _));
    }

    [Fact]
    public void Another_tenants_ids_and_unknown_ids_recall_nothing_and_say_so()
    {
        using var memory = new ConversationMemory(Options);
        var first = Request("question");
        memory.Remember("tenant-a", first, [], "resp_1", ["answer"]);

        Assert.Empty(memory.Recall("tenant-b", Request("next", previous: "resp_1"), out var otherTenant));
        Assert.True(otherTenant);
        Assert.Empty(memory.Recall("tenant-a", Request("next", previous: "resp_unknown"), out var unknown));
        Assert.True(unknown);
        Assert.Empty(memory.Recall("tenant-a", Request("a new conversation"), out var fresh));
        Assert.False(fresh);
    }

    [Fact]
    public void An_answer_the_upstream_does_not_store_and_a_memory_turned_off_remember_nothing()
    {
        using var memory = new ConversationMemory(Options);
        memory.Remember("t", Request("question", stored: false), [], "resp_1", ["answer"]);
        using var off = new ConversationMemory(new GatewayOptions { Upstream = Options.Upstream, ConversationMemoryChars = 0 });
        off.Remember("t", Request("question"), [], "resp_1", ["answer"]);

        Assert.Empty(memory.Recall("t", Request("next", previous: "resp_1"), out var notStored));
        Assert.True(notStored);
        Assert.Empty(off.Recall("t", Request("next", previous: "resp_1"), out _));
    }

    [Fact]
    public void A_long_conversation_keeps_its_latest_turns_within_the_limit()
    {
        using var memory = new ConversationMemory(Options);
        var turn = new string('a', ConversationMemory.MaxConversationChars / 4);
        IReadOnlyList<string> history = [];
        for (var i = 0; i < 6; i++)
        {
            var request = Request(turn + i, previous: i == 0 ? null : "resp_" + (i - 1));
            history = memory.Recall("t", request, out _);
            memory.Remember("t", request, history, "resp_" + i, ["answer " + i]);
        }

        var recalled = memory.Recall("t", Request("next", previous: "resp_5"), out _);

        Assert.True(recalled.Sum(text => text.Length) <= ConversationMemory.MaxConversationChars);
        Assert.Equal("answer 5", recalled[^1]);
        Assert.Equal(turn + 5, recalled[^2]);
    }
}
