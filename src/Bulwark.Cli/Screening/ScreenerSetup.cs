using System.ClientModel;
using System.ClientModel.Primitives;
using System.CommandLine;
using Bulwark.Detection.Judges;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Bulwark.Cli.Screening;

/// <summary>
/// The options every text-screening command shares — the policy and the optional LLM judge — and the screener built
/// from them. The judge's API key is read from the environment only, so it never appears in a process list or a
/// shell history.
/// </summary>
internal sealed class ScreenerSetup
{
    public const string JudgeKeyVariable = "BULWARK_JUDGE_API_KEY";

    private readonly Option<FileInfo?> _policy = new("--policy")
    {
        Description = "The policy file (YAML). Default: the built-in policy/child-safety.yaml.",
    };

    private readonly Option<Uri?> _judge = new("--judge")
    {
        Description = "Base URL of an OpenAI-compatible server running a safety model (e.g. http://localhost:8000/v1), asked only\n" +
            "about categories whose score is in the policy's uncertain band. API key from $" + JudgeKeyVariable + ". Default: no judge.",

        // System.CommandLine 2.0 has no built-in Uri conversion.
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (Uri.TryCreate(token, UriKind.Absolute, out var uri))
            {
                return uri;
            }

            result.AddError($"--judge '{token}' is not an absolute address such as http://localhost:8000/v1.");
            return null;
        },
    };

    private readonly Option<string> _judgeModel = new("--judge-model")
    {
        Description = "The judge's model name on that server.",
        DefaultValueFactory = _ => "llama-guard3",
    };

    private readonly Option<JudgeFormat> _judgeFormat = new("--judge-format")
    {
        Description = "The judge's prompt and answer format: LlamaGuard3 (safe/unsafe + S4) or GptOssSafeguard (policy in the prompt).",
        DefaultValueFactory = _ => JudgeFormat.LlamaGuard3,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_policy);
        command.Options.Add(_judge);
        command.Options.Add(_judgeModel);
        command.Options.Add(_judgeFormat);
    }

    /// <summary>Builds the screener, or reports why not and returns null.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="output">Where problems are reported.</param>
    /// <param name="cancellationToken">Cancels loading the policy.</param>
    /// <param name="detectors">Detectors to run beside the text classifier (the hash matcher of <c>serve --bank</c>).</param>
    public async Task<Screener?> CreateAsync(ParseResult parseResult, CommandOutput output, CancellationToken cancellationToken, IReadOnlyList<IDetector>? detectors = null)
    {
        ScreeningPolicy policy;
        try
        {
            policy = parseResult.GetValue(_policy) is { } file
                ? await new PolicyLoader().LoadFileAsync(file.FullName, cancellationToken).ConfigureAwait(false)
                : new PolicyLoader().LoadDefault();
        }
        catch (Exception e) when (e is PolicyValidationException or IOException or UnauthorizedAccessException)
        {
            output.Error.WriteLine($"bulwark: {e.Message}");
            return null;
        }

        IDetector? judge = null;
        if (parseResult.GetValue(_judge) is { } endpoint)
        {
            var key = Environment.GetEnvironmentVariable(JudgeKeyVariable) is { Length: > 0 } value ? value : "unused";
            var client = new OpenAI.Chat.ChatClient(
                    parseResult.GetValue(_judgeModel),
                    new ApiKeyCredential(key),
                    new OpenAIClientOptions { Endpoint = endpoint, RetryPolicy = new ClientRetryPolicy(0) })
                .AsIChatClient();
            judge = new LlmJudgeDetector(new LlmJudge(client, new LlmJudgeOptions { Format = parseResult.GetValue(_judgeFormat) }));
        }

        return new Screener(policy, [new TextClassifierDetector(), .. detectors ?? []], judge: judge);
    }
}
