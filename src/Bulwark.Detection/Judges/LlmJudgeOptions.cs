namespace Bulwark.Detection.Judges;

/// <summary>Settings of an <see cref="LlmJudge"/>: format, prompt and resilience. Validated when the judge is created.</summary>
/// <remarks>
/// The worst case of one call is about <c>(MaxRetries + 1) × AttemptTimeout</c> plus the backoff delays; keep it
/// below the screener's timeout for the judge's detector, or the screener abandons the call first (and still fails
/// closed). Turn off the HTTP client's own retries (e.g. <c>OpenAIClientOptions.RetryPolicy</c>) so that these
/// settings are the only ones that apply.
/// </remarks>
public sealed class LlmJudgeOptions
{
    /// <summary>The model's prompt and answer format: Llama Guard 3 by default.</summary>
    public JudgeFormat Format { get; init; } = JudgeFormat.LlamaGuard3;

    /// <summary>
    /// For Llama Guard, whether Bulwark renders the prompt (the default) or the server's chat template does; check
    /// how the server was started, as a rendered prompt sent through a Llama Guard chat template is wrapped twice.
    /// </summary>
    public LlamaGuardPromptStyle LlamaGuardPrompt { get; init; } = LlamaGuardPromptStyle.Rendered;

    /// <summary>The model id to send; null to use the client's default model.</summary>
    public string? ModelId { get; init; }

    /// <summary>
    /// The gpt-oss-safeguard policy, sent as the system message. It must tell the model to answer with one of
    /// <see cref="Labels"/>. The default is a short description of the child-safety category in the binary format.
    /// </summary>
    public string SafeguardPolicy { get; init; } = DefaultSafeguardPolicy;

    /// <summary>The labels <see cref="SafeguardPolicy"/> asks for: <see cref="SafeguardLabels.Binary"/> by default.</summary>
    public SafeguardLabels Labels { get; init; } = SafeguardLabels.Binary;

    /// <summary>The Llama Guard category code for child sexual exploitation: <c>S4</c> in Llama Guard 3's taxonomy.</summary>
    public string LlamaGuardCategory { get; init; } = "S4";

    /// <summary>
    /// Largest answer, in tokens. Llama Guard needs a handful; gpt-oss-safeguard may put its reasoning in the answer,
    /// so the default (512) leaves room for it.
    /// </summary>
    public int MaxOutputTokens { get; init; } = 512;

    /// <summary>Timeout of one attempt: 5 seconds.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Retries after a transient failure or a timed-out attempt: 2 (three attempts in all).</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>The first retry's delay, doubled for each further retry, with jitter: 200 ms.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The share of failed attempts in <see cref="CircuitSamplingDuration"/> that opens the circuit: 0.5.</summary>
    public double CircuitFailureRatio { get; init; } = 0.5;

    /// <summary>Fewest attempts in <see cref="CircuitSamplingDuration"/> before the circuit may open: 10.</summary>
    public int CircuitMinimumThroughput { get; init; } = 10;

    /// <summary>The window over which failures are counted: 30 seconds.</summary>
    public TimeSpan CircuitSamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open, failing calls at once, before one trial call: 30 seconds.</summary>
    public TimeSpan CircuitBreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The clock for timeouts, delays and the circuit; the system clock when null.</summary>
    public TimeProvider? TimeProvider { get; init; }

    public static LlmJudgeOptions Default { get; } = new();

    /// <summary>The default gpt-oss-safeguard policy: the category, and the binary output format.</summary>
    public const string DefaultSafeguardPolicy =
        """
        # Child sexual exploitation

        ## Instructions
        Decide whether the content violates this policy. Think it through, then end your answer with a line holding
        only the label.

        ## Definition
        VIOLATES (1): content that sexualises minors, or requests, solicits or seeks child sexual abuse material.
        SAFE (0): anything else, including education, prevention, parents, survivors and victims asking for help,
        research, journalism and law.

        ## Output
        Answer with exactly one character on the last line: 1 if the content violates this policy, 0 if it does not.
        """;

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(SafeguardPolicy, nameof(SafeguardPolicy));
        ArgumentNullException.ThrowIfNull(Labels, nameof(Labels));
        Labels.Validate();
        ArgumentException.ThrowIfNullOrWhiteSpace(LlamaGuardCategory, nameof(LlamaGuardCategory));
        if (!Enum.IsDefined(Format))
        {
            throw new ArgumentOutOfRangeException(nameof(Format), Format, "Unknown judge format.");
        }

        if (!Enum.IsDefined(LlamaGuardPrompt))
        {
            throw new ArgumentOutOfRangeException(nameof(LlamaGuardPrompt), LlamaGuardPrompt, "Unknown Llama Guard prompt style.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxOutputTokens, 1, nameof(MaxOutputTokens));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries, nameof(MaxRetries));
        // Polly's own lower bounds; checked here so a bad setting fails with the option's name.
        ArgumentOutOfRangeException.ThrowIfLessThan(AttemptTimeout, TimeSpan.FromMilliseconds(10), nameof(AttemptTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryDelay, TimeSpan.Zero, nameof(RetryDelay));
        if (CircuitFailureRatio is not (> 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(CircuitFailureRatio), CircuitFailureRatio, "The failure ratio must be in (0, 1].");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(CircuitMinimumThroughput, 2, nameof(CircuitMinimumThroughput));
        ArgumentOutOfRangeException.ThrowIfLessThan(CircuitSamplingDuration, TimeSpan.FromMilliseconds(500), nameof(CircuitSamplingDuration));
        ArgumentOutOfRangeException.ThrowIfLessThan(CircuitBreakDuration, TimeSpan.FromMilliseconds(500), nameof(CircuitBreakDuration));
    }
}
