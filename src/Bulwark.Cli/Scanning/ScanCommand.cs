using System.CommandLine;
using Bulwark.Casework.Incidents;
using Bulwark.Cli.Casework;
using Bulwark.Scanning.Incidents;
using Microsoft.Extensions.DependencyInjection;
using System.Globalization;
using Bulwark.Cli.Hashing;
using Bulwark.Cli.Matching;
using Bulwark.Detection.Matching;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Scanning.Cluster;
using Bulwark.Scanning.Running;
using Bulwark.Scanning.Urls;
using Spectre.Console;

namespace Bulwark.Cli.Scanning;

/// <summary><c>bulwark scan</c>: clean a training dataset of known and suspected abuse material before training.</summary>
internal static class ScanCommand
{
    public static Command Create(CommandOutput output)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Dataset files or folders: .parquet, .jsonl, WebDataset .tar shards, or folders of images (walked recursively; each file is a shard).",
            Arity = ArgumentArity.OneOrMore,
        };
        var outDir = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "Output folder (new or empty; or the folder of a scan to --resume): clean/, quarantine.jsonl, report.json, report.html.",
            Required = true,
        };
        var banks = new Option<FileInfo[]>("--banks", "--bank", "-b")
        {
            Description = "A hash bank file (PDQ, MD5, SHA-256), repeatable; the formats of 'bulwark match --bank'. A bank with malformed lines is refused.",
        };
        var bankFormat = new Option<string>("--bank-format")
        {
            Description = "How bank files are written: text, csv, threatexchange or auto (csv for a .csv file, else text).",
            DefaultValueFactory = _ => "auto",
        };
        bankFormat.AcceptOnlyFromAmong([.. BankFiles.Formats]);
        var urlLists = new Option<FileInfo[]>("--url-list")
        {
            Description = "URL list files, repeatable: one URL, host or host/path per line ('#' comments). Entries and record URLs are\n" +
                "canonicalised as Google Safe Browsing specifies and matched as host-suffix/path-prefix expressions:\n" +
                "'bad.example' catches every URL on that host and its subdomains, 'host.example/dir/' everything under /dir/.",
        };
        var sourceLists = new Option<FileInfo[]>("--source-list")
        {
            Description = "Known-risk source lists, repeatable: 'domain:example.com' (any URL on it, any subdomain depth) or\n" +
                "'dataset:name' (records whose source column names it), one per line.",
        };
        var policy = new Option<FileInfo?>("--policy")
        {
            Description = "Policy file (YAML) for the caption check, which screens captions on the policy's 'dataset' surface.\nDefault: the built-in policy/child-safety.yaml.",
        };
        var noCaptions = new Option<bool>("--no-caption-check")
        {
            Description = "Do not screen captions with the text classifier.",
        };
        var views = new Option<string>("--views")
        {
            Description = ViewPresets.Help,
            DefaultValueFactory = _ => "default",
        };
        views.AcceptOnlyFromAmong([.. ViewPresets.Names]);
        var threshold = new Option<int>("--threshold", "-t")
        {
            Description = "Largest PDQ Hamming distance that counts as a match (Meta recommends 31).",
            DefaultValueFactory = _ => PdqIndex.DefaultMaxDistance,
        };
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = "Report only: write the quarantine manifest and the report, no cleaned copy.",
        };
        var resume = new Option<bool>("--resume")
        {
            Description = "Continue an interrupted scan in --out: shards already committed are kept, the rest are scanned. The\nsettings must be the same as the first run's (checked).",
        };
        var incidents = new Option<bool>("--incidents")
        {
            Description = "Also record each quarantined record as an incident in the casework database (--database/--provider), where\n" +
                "reviewers see it in the console and can report it to NCMEC. Only ids, checks and hashes are recorded.",
        };
        var tenant = new Option<string?>("--tenant") { Description = "The tenant the incidents are recorded for (with --incidents)." };
        var casework = new CaseworkSetup();
        var columns = new ColumnOptions();
        var imageOptions = new ImageOptions();
        var cluster = new ClusterOptions();
        var command = new Command(
            "scan",
            "Scan training data for known and suspected child sexual abuse material before training, and write a cleaned copy.\n" +
            "Every record is checked against what you give: URL lists, known-risk sources, hash banks (MD5/SHA-256 of image bytes or\n" +
            "of a hash column; PDQ of the decoded image with query views) and the caption classifier. A flagged record is left out\n" +
            "of the cleaned copy and listed in quarantine.jsonl (ids, check, rule, hashes; never content); so is a record that\n" +
            "cannot be examined (an undecodable image). A shard that cannot be read is reported and skipped. Records in =\n" +
            "clean + quarantined + unreadable, per shard. Real hash and URL lists (NCMEC, IWF, C3P) are access-restricted: obtain\n" +
            "them from their owners; Bulwark ships importers, never lists. See docs/scanning.md.\n\n" +
            "Exit status: 0 scanned, 1 some shards were malformed, 2 bad options or lists, 130 interrupted (use --resume).\n\n" +
            "Examples:\n" +
            "  bulwark scan laion-parquet/ --out scan1 --url-list iwf-urls.txt --source-list risky-sources.txt\n" +
            "      metadata-only LAION tables (URL, TEXT): URL list, known-risk sources and captions\n" +
            "  bulwark scan shards/ --out scan2 --bank ncmec-md5.txt --bank pdq.csv -j 8\n" +
            "      WebDataset tar shards with images: MD5, SHA-256 and PDQ against banks, on 8 cores\n" +
            "  bulwark scan data.jsonl --out scan3 --dry-run --url-column link --caption-column alt_text\n" +
            "      report only, no cleaned copy; URLs and captions in fields with other names\n" +
            "  bulwark scan shards/ --out scan2 --bank ncmec-md5.txt --bank pdq.csv -j 8 --resume\n" +
            "      continue scan2 after an interruption, with the same options\n" +
            "  BULWARK_CLUSTER_DATABASE='Host=db;Username=bulwark;Password=...;Database=orleans' \\\n" +
            "    bulwark scan /mnt/shared/shards/ --out /mnt/shared/scan4 --bank ncmec-md5.txt --cluster\n" +
            "      the same command on every machine: a cluster with membership in PostgreSQL shares the shards out")
        {
            inputs,
            outDir,
            banks,
            bankFormat,
            urlLists,
            sourceLists,
            policy,
            noCaptions,
            views,
            threshold,
            dryRun,
            resume,
            incidents,
            tenant,
        };
        casework.AddTo(command);
        columns.AddTo(command);
        imageOptions.AddTo(command);
        cluster.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var bankFiles = parseResult.GetValue(banks) ?? [];
            var loaded = await BankFiles.LoadAsync(bankFiles, parseResult.GetRequiredValue(bankFormat), output, cancellationToken).ConfigureAwait(false);
            if (loaded is null)
            {
                return 2;
            }

            var lists = await LoadListsAsync(parseResult.GetValue(urlLists) ?? [], parseResult.GetValue(sourceLists) ?? [], output, cancellationToken).ConfigureAwait(false);
            if (lists is null)
            {
                return 2;
            }

            ScreeningPolicy loadedPolicy;
            try
            {
                loadedPolicy = parseResult.GetValue(policy) is { } file
                    ? await new PolicyLoader().LoadFileAsync(file.FullName, cancellationToken).ConfigureAwait(false)
                    : new PolicyLoader().LoadDefault();
            }
            catch (Exception e) when (e is PolicyValidationException or IOException or UnauthorizedAccessException)
            {
                output.Error.WriteLine($"bulwark: {e.Message}");
                return 2;
            }

            var screener = parseResult.GetValue(noCaptions) ? null : new Screener(loadedPolicy, [new TextClassifierDetector()]);
            // Incidents seal their evidence (a flagged image, else its URL and caption) in the vault: the keys are
            // found as bulwark serve finds them, so the gateway and the console open what a scan recorded.
            var keysMissing = false;
            await using var caseworkServices = parseResult.GetValue(incidents)
                ? await casework.CreateAsync(parseResult, output, mustExist: false, cancellationToken, keys: async (storage, token) =>
                {
                    var keys = await EvidenceKeyFile.FindOrCreateAsync(storage, output, token).ConfigureAwait(false);
                    keysMissing = keys is null;
                    return keys;
                }).ConfigureAwait(false)
                : null;
            if (parseResult.GetValue(incidents) && (caseworkServices is null || keysMissing))
            {
                return 2;
            }

            var findingSink = caseworkServices is null
                ? null
                : new CaseworkFindingSink(caseworkServices.GetRequiredService<IncidentRecorder>(), loadedPolicy, parseResult.GetValue(tenant));

            using var matcher = loaded.Count > 0 ? new HashMatcher(loaded.Sum(bank => bank.Count)) : null;
            foreach (var bank in loaded)
            {
                matcher!.AddBank(bank);
            }

            ClusterScanOptions? clusterOptions = null;
            if (cluster.Enabled(parseResult))
            {
                var (read, error) = cluster.Read(parseResult);
                if (error is not null)
                {
                    output.Error.WriteLine($"bulwark: {error}");
                    return 2;
                }

                clusterOptions = read;
            }

            var settings = imageOptions.Read(parseResult);
            var outFolder = parseResult.GetRequiredValue(outDir).FullName;
            ScanOptions Options(IScanProgress? progress) => new()
            {
                OutputDirectory = outFolder,
                Columns = columns.Read(parseResult),
                Banks = matcher,
                PdqViews = ViewPresets.Resolve(parseResult.GetRequiredValue(views)),
                PdqThreshold = parseResult.GetValue(threshold),
                Decoder = settings.Decoder,
                UrlLists = lists.Value.Urls,
                SourceLists = lists.Value.Sources,
                CaptionScreener = screener,
                DryRun = parseResult.GetValue(dryRun),
                Resume = parseResult.GetValue(resume),
                Parallelism = settings.Parallelism,
                Progress = progress,
                FindingSink = findingSink,
            };

            var started = TimeProvider.System.GetTimestamp();
            ScanSummary summary;
            try
            {
                summary = await RunAsync(parseResult.GetRequiredValue(inputs), Options, clusterOptions, output, cancellationToken).ConfigureAwait(false);
            }
            catch (ScanSetupException e)
            {
                output.Error.WriteLine($"bulwark: {e.Message}");
                return 2;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                output.Error.WriteLine($"bulwark: interrupted; shards already committed are kept. Run the same command with --resume to continue.");
                return 130;
            }

            WriteSummary(output.Out, summary, outFolder, TimeProvider.System.GetElapsedTime(started));
            foreach (var shard in summary.Shards.Where(shard => shard.Error is not null))
            {
                output.ReportFileError(shard.Shard, "malformed, skipped: " + shard.Error);
            }

            return summary.MalformedShards > 0 ? 1 : 0;
        });
        return command;
    }

    private static async Task<ScanSummary> RunAsync(
        string[] inputs, Func<IScanProgress?, ScanOptions> options, ClusterScanOptions? cluster, CommandOutput output, CancellationToken cancellationToken)
    {
        Task<ScanSummary> Run(IScanProgress? progress) => cluster is null
            ? new Scanner(options(progress)).RunAsync(inputs, cancellationToken)
            : new ClusterScanner(options(progress), cluster).RunAsync(inputs, cancellationToken);

        if (!output.ErrorIsInteractive)
        {
            return await Run(null).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error), Interactive = InteractionSupport.Yes });
        ScanSummary? summary = null;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ScanProgressDisplay.RateColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                summary = await Run(new ScanProgressDisplay(context, console)).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return summary!;
    }

    private static async Task<(IReadOnlyList<UrlList> Urls, IReadOnlyList<SourceList> Sources)?> LoadListsAsync(
        FileInfo[] urlFiles, FileInfo[] sourceFiles, CommandOutput output, CancellationToken cancellationToken)
    {
        var urls = new List<UrlList>();
        var sources = new List<SourceList>();
        var failed = false;
        foreach (var file in urlFiles)
        {
            try
            {
                urls.Add(await UrlList.LoadAsync(file.FullName, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
            {
                output.ReportFileError(file.FullName, e.Message + "; refusing to scan with a partial list");
                failed = true;
            }
        }

        foreach (var file in sourceFiles)
        {
            try
            {
                sources.Add(await SourceList.LoadAsync(file.FullName, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
            {
                output.ReportFileError(file.FullName, e.Message + "; refusing to scan with a partial list");
                failed = true;
            }
        }

        return failed ? null : (urls, sources);
    }

    private static void WriteSummary(TextWriter writer, ScanSummary summary, string outFolder, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? summary.Records / elapsed.TotalSeconds : 0;
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scanned {summary.Records:N0} records in {summary.Shards.Count:N0} shards ({summary.MalformedShards:N0} malformed) in {elapsed.TotalSeconds:N1} s ({rate:N0} records/s)"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"clean {summary.Clean:N0}, quarantined {summary.Quarantined:N0}, unreadable {summary.Unreadable:N0}{(summary.DryRun ? " (dry run: no cleaned copy written)" : string.Empty)}"));
        foreach (var (check, count) in summary.ByCheck)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {check}: {count:N0}"));
        }

        writer.WriteLine($"report: {Path.Combine(outFolder, "report.html")}");
    }
}
