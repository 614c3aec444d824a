using System.CommandLine;
using System.Security.Cryptography;
using System.Text.Json;
using Bulwark.Cli.Casework;
using Bulwark.Reporting.Building;
using Bulwark.Reporting.Cases;
using Bulwark.Reporting.Ncmec;
using Bulwark.Reporting.Ncmec.Client;
using Bulwark.Reporting.Ncmec.Model;
using Bulwark.Reporting.Ncmec.Xml;
using Bulwark.Reporting.Outbox;
using Bulwark.Reporting.Outbox.Storage;
using Spectre.Console;

namespace Bulwark.Cli.Reporting;

/// <summary><c>bulwark ncmec submit --report FILE.json | --case ID</c>: file a confirmed case through the outbox.</summary>
internal static class NcmecSubmitCommand
{
    public const string PostgresVariable = "BULWARK_REPORTING_POSTGRES";

    /// <summary>The outbox's SQLite file when none is given: the same default as <c>bulwark serve</c>'s console.</summary>
    public const string DefaultOutboxFile = "bulwark-reporting.db";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Command Create(CommandOutput output)
    {
        var settings = new NcmecSettings();
        var report = new Option<FileInfo?>("--report")
        {
            Description = "A confirmed case as JSON (caseId, categories, subject, evidence, gateway, decidedAt …; see docs/reporting.md).\n" +
                "Evidence 'reference' values are file paths, relative to the JSON file. Give --report or --case.",
        };
        var caseId = new Option<Guid?>("--case")
        {
            Description = "A case in the casework database (--database/--provider) decided \"violating\" by a reviewer: the report is built\n" +
                "from it and its evidence read from the vault, as the console's \"File report\" does. Give --report or --case.",
        };
        var preview = new Option<bool>("--preview")
        {
            Description = "With --case: print the summary and the report XML (validated against the schema) and send nothing.",
        };
        var email = new Option<string>("--reporter-email") { Description = "The e-mail address NCMEC contacts the provider at.", Required = true };
        var name = new Option<string?>("--reporter-name") { Description = "The reporting person's name (\"First Last\")." };
        var platform = new Option<string>("--platform") { Description = "The product where the incident happened.", Required = true };
        var mou = new Option<bool>("--mou-signatory") { Description = "The provider signed NCMEC's industry hash-sharing MOU: send industry classifications." };
        var xsd = new Option<FileInfo?>("--xsd") { Description = "NCMEC's schema; default: fetched from NCMEC (GET /xsd) before anything is sent." };
        var outboxFile = new Option<string>("--outbox")
        {
            Description = $"The outbox's SQLite file; with --case the default is {DefaultOutboxFile} beside a SQLite casework database,\n" +
                $"where the console keeps its reports. Set {PostgresVariable} to use PostgreSQL instead.",
            DefaultValueFactory = _ => DefaultOutboxFile,
        };
        var casework = new CaseworkSetup();
        var command = new Command(
            "submit",
            "File a confirmed case with NCMEC: build the report (incident type from the categories, generativeAi on model\n" +
            "output), validate it against NCMEC's schema, store it in the outbox and run submit, upload, fileinfo and finish\n" +
            "to the end. Interrupted runs resume where they stopped when the same command runs again: the case is never\n" +
            "filed twice. Exit code 0 when NCMEC's receipt is stored.\n\n" +
            "With --case the report comes from a case decided violating in the casework database (evidence keys from\n" +
            "BULWARK_EVIDENCE_KEYS, BULWARK_EVIDENCE_KEY_FILE or the key file 'bulwark serve' keeps beside a SQLite database);\n" +
            "a case that is not reportable (e.g. abuse_advocacy alone) is refused with the reason.\n\n" +
            "Examples:\n" +
            "  bulwark ncmec submit --case 0199c0de-7a1b-7c2d-8e3f-0123456789ab --preview --xsd cybertipline-report.xsd \\\n" +
            "    --reporter-email safety@example.com --platform \"Example Assistant\"\n" +
            "  bulwark ncmec submit --case 0199c0de-7a1b-7c2d-8e3f-0123456789ab --database /var/lib/bulwark/bulwark.db \\\n" +
            "    --reporter-email safety@example.com --platform \"Example Assistant\"\n" +
            "  bulwark ncmec submit --report case.json --reporter-email safety@example.com --platform \"Example Assistant\"\n" +
            "  bulwark ncmec submit --report case.json --reporter-email safety@example.com --platform Example --environment production")
        {
            report,
            caseId,
            preview,
            email,
            name,
            platform,
            mou,
            xsd,
            outboxFile,
        };
        settings.AddTo(command);
        casework.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (options, error) = settings.Read(parseResult);
            if (options is null)
            {
                output.Error.WriteLine($"bulwark: {error}");
                return 2;
            }

            var file = parseResult.GetValue(report);
            var fromCase = parseResult.GetValue(caseId);
            if ((file is null) == (fromCase is null))
            {
                output.Error.WriteLine("bulwark: give either --report FILE.json or --case ID.");
                return 2;
            }

            var names = (parseResult.GetValue(name) ?? "").Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (fromCase is { } caseToFile)
            {
                return await new CaseSubmission(output, casework, options, parseResult.GetValue(xsd)?.FullName ?? Environment.GetEnvironmentVariable(NcmecValidateCommand.SchemaVariable))
                {
                    ReporterEmail = parseResult.GetValue(email)!,
                    ReporterName = parseResult.GetValue(name),
                    Platform = parseResult.GetValue(platform)!,
                    MouSignatory = parseResult.GetValue(mou),
                    OutboxFile = parseResult.GetResult(outboxFile) is { Implicit: false } ? parseResult.GetValue(outboxFile) : null,
                }.RunAsync(parseResult, caseToFile, parseResult.GetValue(preview), cancellationToken).ConfigureAwait(false);
            }

            if (file is null || parseResult.GetValue(preview))
            {
                output.Error.WriteLine("bulwark: --preview works with --case; validate a --report document with 'bulwark ncmec validate'.");
                return 2;
            }

            ConfirmedCase confirmed;
            try
            {
                confirmed = await ReadCaseAsync(file, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or JsonException or InvalidDataException)
            {
                output.ReportFileError(file.FullName, exception.Message);
                return 2;
            }

            var builderOptions = new ReportBuilderOptions
            {
                Platform = parseResult.GetValue(platform)!,
                IndustryMouSignatory = parseResult.GetValue(mou),
                Reporter = new Reporter
                {
                    ReportingPerson = new Person
                    {
                        FirstName = names.ElementAtOrDefault(0),
                        LastName = names.ElementAtOrDefault(1),
                        Emails = [new Email { Address = parseResult.GetValue(email)! }],
                    },
                },
            };

            // The client times each call itself (uploads get longer than other calls).
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            var client = new NcmecClient(http, options);
            try
            {
                var schema = parseResult.GetValue(xsd) is { } schemaFile
                    ? CyberTiplineSchema.Load(schemaFile.FullName)
                    : CyberTiplineSchema.Parse(await client.GetSchemaAsync(cancellationToken).ConfigureAwait(false), "NCMEC's /xsd");
                var built = new CyberTiplineReportBuilder(builderOptions).Build(confirmed);
                var storage = OutboxDatabase(parseResult.GetValue(outboxFile)!);
                await storage.MigrateAsync(cancellationToken).ConfigureAwait(false);
                var outbox = new ReportOutbox(storage, new NcmecDestination(client, schema), new FileSystemEvidenceOpener());
                var id = await outbox.EnqueueAsync(built, cancellationToken).ConfigureAwait(false);
                var result = await WithStatusAsync(output, $"Filing case {confirmed.CaseId} with NCMEC {client.Describe()}…", () => outbox.RunAsync(id, cancellationToken)).ConfigureAwait(false);
                if (result.IsFinished)
                {
                    output.Out.WriteLine($"Case {confirmed.CaseId}: filed as NCMEC report {result.RemoteReportId}; receipt stored in the outbox ({id}).");
                    return 0;
                }

                output.Error.WriteLine($"bulwark: case {confirmed.CaseId} is {result.State} in the outbox ({id}): {result.Error}");
                output.Error.WriteLine(result.NeedsRetry ? "Run the same command again to resume." : "A person must look at it; it will not be retried.");
                return 1;
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidDataException or IOException or NcmecException)
            {
                output.Error.WriteLine($"bulwark: case {confirmed.CaseId}: {exception.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>The outbox: PostgreSQL when <see cref="PostgresVariable"/> is set, else the SQLite <paramref name="file"/>.</summary>
    internal static ReportingDatabase OutboxDatabase(string file) =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } postgres
            ? ReportingDatabase.Postgres(postgres)
            : ReportingDatabase.Sqlite($"Data Source={file}");

    private static async Task<ConfirmedCase> ReadCaseAsync(FileInfo file, CancellationToken cancellationToken)
    {
        var stream = file.OpenRead();
        ConfirmedCase confirmed;
        await using (stream.ConfigureAwait(false))
        {
            confirmed = await JsonSerializer.DeserializeAsync<ConfirmedCase>(stream, Json, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidDataException("the file holds no case.");
        }

        var directory = file.DirectoryName ?? ".";
        var evidence = new List<EvidenceFile>();
        foreach (var item in confirmed.Evidence)
        {
            var path = Path.GetFullPath(item.Reference, directory);
            if (!File.Exists(path))
            {
                throw new InvalidDataException($"evidence file '{item.Reference}' does not exist.");
            }

            // Hashes the operator left out are taken from the file now; given ones are kept and checked at upload.
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
#pragma warning disable CA5351 // MD5 is how NCMEC identifies files.
            evidence.Add(item with
            {
                Reference = path,
                Md5 = item.Md5 ?? Convert.ToHexStringLower(MD5.HashData(bytes)),
                Sha256 = item.Sha256 ?? Convert.ToHexStringLower(SHA256.HashData(bytes)),
            });
#pragma warning restore CA5351
        }

        return confirmed with { Evidence = evidence };
    }

    internal static async Task<T> WithStatusAsync<T>(CommandOutput output, string description, Func<Task<T>> work)
    {
        if (!output.ErrorIsInteractive)
        {
            output.Error.WriteLine(description);
            return await work().ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error), Interactive = InteractionSupport.Yes });
        return await console.Status().StartAsync(description, _ => work()).ConfigureAwait(false);
    }
}
