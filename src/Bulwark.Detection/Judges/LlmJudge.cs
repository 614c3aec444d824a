using System.ClientModel;
using Microsoft.Extensions.AI;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Bulwark.Detection.Judges;

/// <summary>
/// Asks a safety model behind an <see cref="IChatClient"/> (any OpenAI-compatible server: vLLM, Ollama, llama.cpp)
/// whether a text violates the child-safety category, in Llama Guard 3's or gpt-oss-safeguard's format.
/// </summary>
/// <remarks>
/// <para>Each call runs under a per-attempt timeout, bounded retries with exponential backoff on transient failures
/// (HTTP 408, 429 and 5xx, network errors, timed-out attempts) and a circuit breaker that, after repeated failures,
/// fails calls at once without calling the server (see <see cref="LlmJudgeOptions"/>).</para>
/// <para>A judge that cannot answer throws <see cref="JudgeUnavailableException"/>; it never guesses, so a detector
/// over it fails and the screener fails closed. The caller's cancellation propagates as
/// <see cref="OperationCanceledException"/>. Nothing here logs or echoes the judged text.</para>
/// <para>Thread-safe; one judge (and so one circuit) per server is intended.</para>
/// </remarks>
public sealed class LlmJudge
{
    private readonly IChatClient _client;
    private readonly LlmJudgeOptions _options;
    private readonly ResiliencePipeline _pipeline;

    /// <param name="client">The chat client for the judge model; shared, not disposed by the judge.</param>
    /// <param name="options">Format, prompt and resilience; <see cref="LlmJudgeOptions.Default"/> when null.</param>
    public LlmJudge(IChatClient client, LlmJudgeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        options ??= LlmJudgeOptions.Default;
        options.Validate();
        _client = client;
        _options = options;
        _pipeline = BuildPipeline(options);
    }

    /// <summary>The format the judge speaks.</summary>
    public JudgeFormat Format => _options.Format;

    /// <summary>Asks the model whether <paramref name="text"/> (a user's message) violates the child-safety category.</summary>
    /// <exception cref="JudgeUnavailableException">No answer could be had, or the answer could not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<JudgeAnswer> JudgeAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<ChatMessage> messages = (_options.Format, _options.LlamaGuardPrompt) switch
        {
            (JudgeFormat.LlamaGuard3, LlamaGuardPromptStyle.Rendered) => [new ChatMessage(ChatRole.User, LlamaGuardFormat.Prompt(text))],
            (JudgeFormat.LlamaGuard3, _) => [new ChatMessage(ChatRole.User, text)],
            _ => [new ChatMessage(ChatRole.System, _options.SafeguardPolicy), new ChatMessage(ChatRole.User, text)],
        };

        ChatResponse response;
        try
        {
            response = await _pipeline.ExecuteAsync(
                async token => await _client.GetResponseAsync(messages, NewChatOptions(), token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (Classify(exception) is { } kind)
        {
            throw new JudgeUnavailableException(kind, $"The judge gave no answer ({kind}): {exception.GetType().Name}: {exception.Message}", exception);
        }

        return _options.Format == JudgeFormat.LlamaGuard3
            ? LlamaGuardFormat.Parse(response.Text, _options.LlamaGuardCategory)
            : SafeguardFormat.Parse(response.Text, _options.Labels);
    }

    // A fresh ChatOptions per call: adapters may write to it, and calls run concurrently.
    private ChatOptions NewChatOptions() => new()
    {
        ModelId = _options.ModelId,
        MaxOutputTokens = _options.MaxOutputTokens,
        Temperature = 0,
    };

    private static ResiliencePipeline BuildPipeline(LlmJudgeOptions options)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = options.TimeProvider ?? TimeProvider.System };
        // Outermost retry, then the breaker, then the per-attempt timeout: every attempt (and every timeout) is
        // counted by the breaker, and an open circuit is not retried.
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome.Exception, args.Context.CancellationToken)),
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            FailureRatio = options.CircuitFailureRatio,
            MinimumThroughput = options.CircuitMinimumThroughput,
            SamplingDuration = options.CircuitSamplingDuration,
            BreakDuration = options.CircuitBreakDuration,
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome.Exception, args.Context.CancellationToken)),
        });
        builder.AddTimeout(options.AttemptTimeout);
        return builder.Build();
    }

    /// <summary>Failures worth another attempt: the server or the network may do better in a moment.</summary>
    private static bool IsTransient(Exception? exception, CancellationToken callerToken) => exception switch
    {
        null => false,
        TimeoutRejectedException or HttpRequestException => true,
        ClientResultException result => IsTransientStatus(result.Status),
        // An HTTP client's own timeout, not the caller cancelling.
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };

    // Status 0: no response at all (connection refused or reset).
    private static bool IsTransientStatus(int status) => status is 0 or 408 or 429 or >= 500;

    private static JudgeFailureKind? Classify(Exception exception) => exception switch
    {
        BrokenCircuitException => JudgeFailureKind.CircuitOpen,
        TimeoutRejectedException or OperationCanceledException => JudgeFailureKind.TimedOut,
        HttpRequestException => JudgeFailureKind.Transient,
        ClientResultException result => IsTransientStatus(result.Status) ? JudgeFailureKind.Transient : JudgeFailureKind.Rejected,
        _ => null,
    };
}
