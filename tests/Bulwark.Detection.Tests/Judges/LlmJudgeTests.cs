using System.Text.Json.Nodes;
using Bulwark.Detection.Judges;
using static Bulwark.Detection.Tests.Judges.FakeChatServer;

namespace Bulwark.Detection.Tests.Judges;

/// <summary>The judge against an in-process OpenAI-compatible server, through OpenAI's real client stack.</summary>
public sealed class LlmJudgeTests : IAsyncLifetime
{
    private const string Neutral = "please summarise this article";

    // Attempts time out generously (answers are immediate) so a loaded test machine never turns a scripted failure
    // into a timeout; the timeout tests set their own short timeouts against slow answers.
    private static readonly LlmJudgeOptions Fast = new()
    {
        AttemptTimeout = TimeSpan.FromSeconds(2),
        MaxRetries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        CircuitMinimumThroughput = 100,
    };

    private FakeChatServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeChatServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Llama_guard_safe_is_not_a_violation()
    {
        _server.Script(Reply.Answer("safe"));

        var answer = await Judge().JudgeAsync(Neutral);

        Assert.Equal((false, "judge.llama_guard.safe", "safe"), (answer.Violates, answer.RuleId, answer.RawAnswer));
    }

    [Fact]
    public async Task Llama_guard_unsafe_with_S4_is_a_violation()
    {
        _server.Script(Reply.Answer("\n\nunsafe\nS4"));

        var answer = await Judge().JudgeAsync(Neutral);

        Assert.Equal((true, "judge.llama_guard.S4", "unsafe"), (answer.Violates, answer.RuleId, answer.RawAnswer));
        Assert.Equal(["S4"], answer.Categories);
    }

    [Fact]
    public async Task Llama_guard_unsafe_in_other_categories_only_is_not_this_category()
    {
        _server.Script(Reply.Answer("unsafe\nS1,S10"));

        var answer = await Judge().JudgeAsync(Neutral);

        Assert.False(answer.Violates);
        Assert.Equal("judge.llama_guard.other", answer.RuleId);
        Assert.Equal(["S1", "S10"], answer.Categories);
    }

    [Fact]
    public async Task A_malformed_answer_is_an_error_and_is_not_retried()
    {
        _server.Script(Reply.Answer("I think this is probably fine"));

        var error = await Assert.ThrowsAsync<JudgeUnavailableException>(() => Judge().JudgeAsync(Neutral));

        Assert.Equal(JudgeFailureKind.MalformedAnswer, error.Kind);
        Assert.DoesNotContain("fine", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_503_is_retried_and_the_next_answer_counts()
    {
        _server.Script(Reply.Failure(503), Reply.Answer("unsafe\nS4"));

        var answer = await Judge().JudgeAsync(Neutral);

        Assert.True(answer.Violates);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Retries_are_bounded_and_then_the_judge_is_unavailable()
    {
        _server.Script(Reply.Failure(502));

        var error = await Assert.ThrowsAsync<JudgeUnavailableException>(() => Judge().JudgeAsync(Neutral));

        Assert.Equal(JudgeFailureKind.Transient, error.Kind);
        Assert.Equal(1 + Fast.MaxRetries, _server.Requests.Count);
    }

    [Fact]
    public async Task A_400_is_not_retried()
    {
        _server.Script(Reply.Failure(400));

        var error = await Assert.ThrowsAsync<JudgeUnavailableException>(() => Judge().JudgeAsync(Neutral));

        Assert.Equal(JudgeFailureKind.Rejected, error.Kind);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Repeated_500s_open_the_circuit_and_then_the_server_is_not_called()
    {
        _server.Script(Reply.Failure(500));
        var judge = Judge(new LlmJudgeOptions
        {
            MaxRetries = 0,
            AttemptTimeout = TimeSpan.FromSeconds(2),
            CircuitFailureRatio = 1.0,
            CircuitMinimumThroughput = 2,
            CircuitBreakDuration = TimeSpan.FromSeconds(30),
        });

        var first = await Assert.ThrowsAsync<JudgeUnavailableException>(() => judge.JudgeAsync(Neutral));
        var second = await Assert.ThrowsAsync<JudgeUnavailableException>(() => judge.JudgeAsync(Neutral));
        var third = await Assert.ThrowsAsync<JudgeUnavailableException>(() => judge.JudgeAsync(Neutral));

        Assert.Equal([JudgeFailureKind.Transient, JudgeFailureKind.Transient, JudgeFailureKind.CircuitOpen], [first.Kind, second.Kind, third.Kind]);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task After_the_break_a_trial_call_that_succeeds_closes_the_circuit()
    {
        _server.Script(Reply.Failure(500), Reply.Failure(500), Reply.Answer("safe"));
        var judge = Judge(new LlmJudgeOptions
        {
            MaxRetries = 0,
            AttemptTimeout = TimeSpan.FromSeconds(2),
            CircuitFailureRatio = 1.0,
            CircuitMinimumThroughput = 2,
            CircuitBreakDuration = TimeSpan.FromMilliseconds(500),
        });
        await Assert.ThrowsAsync<JudgeUnavailableException>(() => judge.JudgeAsync(Neutral));
        await Assert.ThrowsAsync<JudgeUnavailableException>(() => judge.JudgeAsync(Neutral));

        await Task.Delay(TimeSpan.FromMilliseconds(600));
        var answer = await judge.JudgeAsync(Neutral);

        Assert.False(answer.Violates);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task A_slow_answer_hits_the_per_attempt_timeout_on_every_attempt()
    {
        _server.Script(Reply.Slow("safe", TimeSpan.FromSeconds(5)));
        var judge = Judge(new LlmJudgeOptions { AttemptTimeout = TimeSpan.FromSeconds(1), MaxRetries = 1, RetryDelay = TimeSpan.FromMilliseconds(10) });

        var error = await Assert.ThrowsAsync<JudgeUnavailableException>(() => judge.JudgeAsync(Neutral));

        Assert.Equal(JudgeFailureKind.TimedOut, error.Kind);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task The_callers_cancellation_propagates_and_is_not_a_judge_failure()
    {
        _server.Script(Reply.Slow("safe", TimeSpan.FromSeconds(5)));
        var judge = Judge(new LlmJudgeOptions { AttemptTimeout = TimeSpan.FromSeconds(2), MaxRetries = 2 });
        using var cancel = new CancellationTokenSource();

        var judging = judge.JudgeAsync(Neutral, cancel.Token);
        await _server.WaitForRequestsAsync(1);
        await cancel.CancelAsync();
        var error = await Record.ExceptionAsync(() => judging);

        Assert.IsAssignableFrom<OperationCanceledException>(error);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task The_llama_guard_prompt_is_one_user_message_with_the_template_and_the_content_once()
    {
        _server.Script(Reply.Answer("safe"));

        await Judge().JudgeAsync(Neutral);

        var request = Assert.Single(_server.Requests);
        var message = Assert.Single(request["messages"]!.AsArray())!;
        Assert.Equal("user", (string?)message["role"]);
        var prompt = TextOf(message);
        Assert.StartsWith("Task: Check if there is unsafe content in 'User' messages", prompt, StringComparison.Ordinal);
        Assert.Contains("<BEGIN UNSAFE CONTENT CATEGORIES>\nS1: Violent Crimes.\n", prompt, StringComparison.Ordinal);
        Assert.Contains("\nS4: Child Sexual Exploitation.\n", prompt, StringComparison.Ordinal);
        Assert.Contains("\nS14: Code Interpreter Abuse.\n<END UNSAFE CONTENT CATEGORIES>", prompt, StringComparison.Ordinal);
        Assert.Contains($"<BEGIN CONVERSATION>\n\nUser: {Neutral}\n\n<END CONVERSATION>", prompt, StringComparison.Ordinal);
        Assert.EndsWith("a second line must include a comma-separated list of violated categories.", prompt, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(request.ToJsonString(), Neutral));
        Assert.Equal(0.0, (double?)request["temperature"]);
    }

    [Fact]
    public async Task With_the_servers_llama_guard_template_the_content_is_sent_alone()
    {
        _server.Script(Reply.Answer("safe"));

        await Judge(new LlmJudgeOptions { LlamaGuardPrompt = LlamaGuardPromptStyle.ServerTemplate }).JudgeAsync(Neutral);

        var message = Assert.Single(Assert.Single(_server.Requests)["messages"]!.AsArray())!;
        Assert.Equal(("user", Neutral), ((string?)message["role"], TextOf(message)));
    }

    [Fact]
    public async Task The_safeguard_prompt_is_the_policy_as_system_message_and_the_content_as_user_message()
    {
        _server.Script(Reply.Answer("0"));

        var answer = await Judge(new LlmJudgeOptions { Format = JudgeFormat.GptOssSafeguard }).JudgeAsync(Neutral);

        Assert.Equal((false, "judge.safeguard.0"), (answer.Violates, answer.RuleId));
        var messages = Assert.Single(_server.Requests)["messages"]!.AsArray();
        Assert.Equal(["system", "user"], messages.Select(message => (string?)message!["role"]));
        Assert.Equal(LlmJudgeOptions.DefaultSafeguardPolicy, TextOf(messages[0]!));
        Assert.Equal(Neutral, TextOf(messages[1]!));
        Assert.Equal(1, Occurrences(_server.Requests[0].ToJsonString(), Neutral));
    }

    [Fact]
    public async Task A_safeguard_label_after_reasoning_is_read_with_configured_labels()
    {
        _server.Script(Reply.Answer("The request matches the definition.\n\nVIOLATES"));
        var judge = Judge(new LlmJudgeOptions { Format = JudgeFormat.GptOssSafeguard, Labels = SafeguardLabels.Words });

        var answer = await judge.JudgeAsync(Neutral);

        Assert.Equal((true, "judge.safeguard.VIOLATES", "VIOLATES"), (answer.Violates, answer.RuleId, answer.RawAnswer));
    }

    private LlmJudge Judge(LlmJudgeOptions? options = null) => new(_server.CreateClient(), options ?? Fast);

    /// <summary>A message's text, whether the client sent it as a string or as content parts.</summary>
    private static string TextOf(JsonNode message) => message["content"] switch
    {
        JsonValue value => (string)value!,
        JsonArray parts => string.Concat(parts.Select(part => (string?)part!["text"])),
        _ => throw new InvalidOperationException("The message has no content."),
    };

    private static int Occurrences(string haystack, string needle)
    {
        var count = 0;
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
