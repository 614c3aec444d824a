using System.CommandLine;
using Bulwark.Casework.Storage;
using Bulwark.Cli.Casework;
using Bulwark.Cli.Matching;
using Bulwark.Cli.Reporting;
using Bulwark.Cli.Screening;
using Bulwark.Detection.Matching;
using Bulwark.Detection.Screening;
using Bulwark.Server.Gateway;
using Microsoft.Extensions.Hosting;

namespace Bulwark.Cli.Serving;

/// <summary><c>bulwark serve</c>: the guardrail gateway in front of an OpenAI- or Anthropic-compatible model server.</summary>
internal static class ServeCommand
{
    public static Command Create(CommandOutput output)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where the gateway listens; several addresses separated by ';'. Port 0 picks a free port.",
            DefaultValueFactory = _ => "http://127.0.0.1:8080",
        };
        var upstream = new Option<string>("--upstream")
        {
            Description = "The model server's root, without /v1 (e.g. http://127.0.0.1:8000 for vLLM or llama.cpp,\n" +
                "http://127.0.0.1:11434 for Ollama, https://api.openai.com, https://api.anthropic.com). The client's path is appended.\n" +
                "Required unless the configuration sets Gateway:Upstream.",
        };
        var config = new Option<FileInfo?>("--config")
        {
            Description = "A JSON settings file (see docs/configuration.md): per-route upstreams (Gateway:Upstreams:messages = https://api.anthropic.com),\n" +
                "storage, upstream credentials. Environment variables prefixed BULWARK_ override it (BULWARK_Gateway__Upstream=...);\n" +
                "flags override both.",
        };
        var passthrough = new Option<bool>("--passthrough")
        {
            Description = "Forward every other path (e.g. /v1/models) to the upstream unscreened. Default: such paths get 404.",
        };
        var maxBody = new Option<long>("--max-body-bytes")
        {
            Description = "Largest request body accepted on a screened route; larger ones get 413.",
            DefaultValueFactory = _ => GatewayOptions.DefaultMaxRequestBodyBytes,
        };
        var holdBack = new Option<int>("--hold-back-chars")
        {
            Description = "Characters of screened answer text a stream keeps back behind what it releases. A violation is never\n" +
                "released, but up to this much text just before it may be; the first token waits for this much generation.",
            DefaultValueFactory = _ => GatewayOptions.DefaultHoldBackChars,
        };
        var shutdownTimeout = new Option<double>("--shutdown-timeout")
        {
            Description = "Seconds a stopping gateway (Ctrl+C, SIGTERM) waits for in-flight requests and streams to finish before\n" +
                "it aborts them; /readyz answers 503 meanwhile.",
            DefaultValueFactory = _ => GatewayOptions.DefaultShutdownTimeout.TotalSeconds,
        };
        var banks = new Option<FileInfo[]>("--bank", "-b")
        {
            Description = "A hash bank file, repeatable (the format of 'bulwark match --bank'). Inline images in prompts (data URLs,\n" +
                "base64 blocks, uploads to /v1/images/edits) are hashed (MD5, SHA-256, PDQ with rotations and crops) and matched\n" +
                "against every bank; a match is the policy's known_image_match. Without banks, images are not matched.",
        };
        var bankFormat = new Option<string>("--bank-format")
        {
            Description = "How bank files are written: auto, text, csv or threatexchange (see 'bulwark match --help').",
            DefaultValueFactory = _ => "auto",
        };
        bankFormat.AcceptOnlyFromAmong([.. BankFiles.Formats]);
        var database = new Option<string?>("--database")
        {
            Description = "Where incidents, evidence, accounts and keys are kept: a SQLite file (default bulwark.db in the working\n" +
                "directory, created on first start) or, with --provider postgres, a PostgreSQL connection string.\n" +
                $"Default: ${CaseworkSetup.DatabaseVariable}.",
        };
        var provider = new Option<string?>("--provider")
        {
            Description = $"sqlite (default) or postgres. Default: ${CaseworkSetup.ProviderVariable}.",
        };
        var requireKeys = new Option<bool>("--require-keys")
        {
            Description = "Accept only Bulwark-issued API keys (see 'bulwark keys create'); each maps to a tenant and an upstream\n" +
                "credential (Credentials:<name> in the configuration). Default: clients may also send their own upstream key.",
        };
        var setup = new ScreenerSetup();
        var command = new Command(
            "serve",
            "Run the guardrail gateway: clients call it instead of the model server. Every prompt to\n" +
            "POST /v1/chat/completions, /v1/completions, /v1/responses (OpenAI, vLLM, Ollama, llama.cpp) and POST /v1/messages\n" +
            "(Anthropic) is screened as a conversation; a blocked prompt never reaches the model and the client gets a normal\n" +
            "answer carrying the policy's prevention message (finish_reason \"content_filter\"; a Responses answer with status\n" +
            "\"incomplete\", reason \"content_filter\"; stop_reason \"refusal\") and an X-Bulwark-Decision header. Prompts given\n" +
            "as token ids (/v1/completions) cannot be screened and get 400.\n" +
            "Answers are screened before any byte reaches the client; a stream is released as it is screened, a hold-back\n" +
            "window behind, and cut in the protocol's own way if it turns violating. A victim asking for help is answered,\n" +
            "with support resources added. /healthz reports liveness, /readyz readiness (after a warm-up screening at\n" +
            "start), /metrics Prometheus metrics and /openapi/v1.json these endpoints. Clients keep their own API\n" +
            "keys: the gateway forwards them and never logs prompts, answers or keys.\n\n" +
            "Examples:\n" +
            "  bulwark serve --upstream http://127.0.0.1:8000\n" +
            "  bulwark serve --urls http://0.0.0.0:8080 --upstream https://api.openai.com --policy my-policy.yaml\n" +
            "  curl http://127.0.0.1:8080/v1/chat/completions -H 'Content-Type: application/json' \\\n" +
            "    -d '{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"How do I make pancakes?\"}]}'\n" +
            "  curl http://127.0.0.1:8080/v1/responses -H 'Content-Type: application/json' \\\n" +
            "    -d '{\"model\":\"m\",\"input\":\"How do I make pancakes?\"}'")
        {
            urls,
            upstream,
            passthrough,
            maxBody,
            holdBack,
            shutdownTimeout,
            banks,
            bankFormat,
            config,
            database,
            provider,
            requireKeys,
        };
        setup.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            ServeConfiguration settings;
            IReadOnlyDictionary<string, Uri> routeUpstreams;
            try
            {
                settings = ServeConfiguration.Load(parseResult.GetValue(config));
                routeUpstreams = settings.RouteUpstreams();
            }
            catch (Exception e) when (e is InvalidDataException or FormatException or IOException or ArgumentException)
            {
                output.Error.WriteLine($"bulwark: configuration: {e.Message}");
                return 1;
            }

            var upstreamText = parseResult.GetValue(upstream) ?? settings.Upstream;
            if (upstreamText is null)
            {
                output.Error.WriteLine("bulwark: serve needs the model server's address: --upstream http://127.0.0.1:8000 (or Gateway:Upstream in the configuration).");
                return 1;
            }

            if (!Uri.TryCreate(upstreamText, UriKind.Absolute, out var upstreamUrl))
            {
                output.Error.WriteLine($"bulwark: --upstream '{upstreamText}' is not an absolute address such as http://127.0.0.1:8000.");
                return 1;
            }

            var shutdownSeconds = parseResult.GetValue(shutdownTimeout);
            if (!(shutdownSeconds is >= 0 and <= 3600))
            {
                output.Error.WriteLine($"bulwark: --shutdown-timeout must be between 0 and 3600 seconds, not {shutdownSeconds}.");
                return 1;
            }

            var conversationMemory = GatewayOptions.DefaultConversationMemoryChars;
            if (settings["Gateway:ConversationMemoryChars"] is { Length: > 0 } memoryText
                && (!long.TryParse(memoryText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out conversationMemory)))
            {
                output.Error.WriteLine($"bulwark: Gateway:ConversationMemoryChars must be a whole number of characters (0 turns the memory off), not '{memoryText}'.");
                return 1;
            }

            GatewayOptions Options(GatewayStorageOptions? storage) => new()
            {
                Storage = storage,
                Upstream = upstreamUrl,
                RouteUpstreams = routeUpstreams,
                AllowPassthrough = parseResult.GetValue(passthrough),
                MaxRequestBodyBytes = parseResult.GetValue(maxBody),
                HoldBackChars = parseResult.GetValue(holdBack),
                ShutdownTimeout = TimeSpan.FromSeconds(shutdownSeconds),
                ConversationMemoryChars = conversationMemory,
            };

            // Checked before the storage is opened, so a mistyped option creates no database or key file.
            try
            {
                Options(null).Validate();
            }
            catch (ArgumentException e)
            {
                output.Error.WriteLine($"bulwark: {e.Message}");
                return 1;
            }

            var storage = await StorageAsync(parseResult.GetValue(provider), parseResult.GetValue(database), parseResult.GetValue(requireKeys), settings, output, cancellationToken).ConfigureAwait(false);
            if (storage is null)
            {
                return 1;
            }

            var options = Options(storage);
            var loaded = await BankFiles.LoadAsync(parseResult.GetValue(banks) ?? [], parseResult.GetRequiredValue(bankFormat), output, cancellationToken).ConfigureAwait(false);
            if (loaded is null)
            {
                return 1;
            }

            using var matcher = new HashMatcher(loaded.Sum(bank => bank.Count));
            foreach (var bank in loaded)
            {
                matcher.AddBank(bank);
            }

            IReadOnlyList<IDetector> imageDetectors = loaded.Count > 0 ? [new HashMatchDetector(matcher)] : [];
            var screener = await setup.CreateAsync(parseResult, output, cancellationToken, imageDetectors).ConfigureAwait(false);
            if (screener is null)
            {
                return 1;
            }

            var addresses = parseResult.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            await using var app = GatewayApplication.Create(options, screener, addresses);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            output.Error.WriteLine($"bulwark: storage: {Describe(storage.Database)}; evidence encrypted under key '{storage.EvidenceKeys.ActiveKeyId}'{(storage.RequireApiKeys ? "; Bulwark API keys required" : string.Empty)}.");
            output.Error.WriteLine(storage.Reporting is { } reporting
                ? $"bulwark: CyberTipline reporting from the console: NCMEC {reporting.Ncmec.Environment.ToString().ToLowerInvariant()} as {reporting.ReporterEmail}."
                : "bulwark: CyberTipline reporting is off (set NCMEC_USERNAME and the rest: docs/reporting.md).");
            var images = loaded.Count > 0 ? $"{loaded.Count} bank(s), {loaded.Sum(bank => bank.Count)} hashes" : "no banks: inline images are not matched";
            output.Error.WriteLine($"bulwark: gateway on {string.Join(", ", app.Urls)} in front of {options.Upstream} (policy {screener.Policy}; {images}); Ctrl+C stops.");
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    /// <summary>
    /// The storage settings from flags, then configuration (<c>Database</c>, <c>Database_Provider</c>, the same names as
    /// the <c>BULWARK_DATABASE</c> variables), and the evidence keys: <c>BULWARK_EVIDENCE_KEYS</c> or
    /// <c>BULWARK_EVIDENCE_KEY_FILE</c>, else, for SQLite only, a key file created beside the database on first start.
    /// PostgreSQL serves several replicas, which must share keys, so it needs them configured.
    /// </summary>
    private static async Task<GatewayStorageOptions?> StorageAsync(string? provider, string? database, bool requireKeys, ServeConfiguration settings, CommandOutput output, CancellationToken cancellationToken)
    {
        try
        {
            var storage = CaseworkStorageOptions.Parse(provider ?? settings["Database_Provider"], database ?? settings["Database"]);
            if (await EvidenceKeyFile.FindOrCreateAsync(storage, output, cancellationToken).ConfigureAwait(false) is not { } keys)
            {
                return null;
            }

            return new GatewayStorageOptions
            {
                Database = storage,
                EvidenceKeys = keys,
                RequireApiKeys = requireKeys || string.Equals(settings["Gateway:RequireApiKeys"], "true", StringComparison.OrdinalIgnoreCase),
                UpstreamCredentials = settings.Credentials(),
                AutomatedEnforcement = !string.Equals(settings["Gateway:AutomatedEnforcement"], "false", StringComparison.OrdinalIgnoreCase),
                Reporting = ReportingSettings.Read(settings, storage),
            };
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IOException or UnauthorizedAccessException)
        {
            output.Error.WriteLine($"bulwark: storage: {e.Message}");
            return null;
        }
    }

    private static string Describe(CaseworkStorageOptions database) => database.Provider == CaseworkProvider.Sqlite
        ? "SQLite " + Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource)
        : "PostgreSQL " + new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) { Password = null }.Host;
}
