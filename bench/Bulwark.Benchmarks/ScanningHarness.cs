using System.Diagnostics;
using System.Formats.Tar;
using System.Globalization;
using Bulwark.Detection.Banks;
using Bulwark.Detection.Hashing;
using Bulwark.Detection.Hashing.Pdq;
using Bulwark.Detection.Imaging;
using Bulwark.Detection.Matching;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Detection.Signals;
using Bulwark.Scanning.Records;
using Bulwark.Scanning.Running;
using Bulwark.Scanning.Urls;

namespace Bulwark.Benchmarks;

/// <summary>
/// The training-data scanner's throughput: metadata-only rows/s (URL lists, source lists, caption classifier) on a
/// generated LAION-layout Parquet file, and images/s (decode + MD5 + PDQ against banks) on WebDataset tars of Meta's
/// PDQ test photos, side by side with the hashing engine's own decode + PDQ loop over the same images in memory.
/// Each measurement runs in a child process pinned to 1 or 2 cores, so its peak memory is its own.
/// Prints Markdown for docs/benchmarks.md.
/// </summary>
internal static class ScanningHarness
{
    private const string Usage =
        "usage: scanning [--rows N] [--work DIR] [--data DIR] [--dih-copies N] [--labelme-copies N] [--cores 1,2] [--workloads metadata,metadata-shards,dih,labelme,labelme-parquet]\n" +
        "  --rows            rows of the generated metadata table (default 1000000)\n" +
        "  --work            folder for generated inputs and scan outputs (default /tmp/bulwark-scan-bench)\n" +
        "  --data            Meta's PDQ test photos (default: shared/testdata/pdq found above the working directory)\n" +
        "  --dih-copies      copies of the 8 dih photos (1600x1004) in their tar (default 25)\n" +
        "  --labelme-copies  copies of the 7 labelme photos (256x256) in their tar (default 1000)\n" +
        "  --workloads       which rows to run: metadata (one 1M-row file), metadata-shards (the same rows as 4 files, as\n" +
        "                    datasets ship), dih, labelme, labelme-parquet (the labelme photos embedded in a Parquet\n" +
        "                    table, as img2dataset writes them) (default: metadata, dih, labelme)\n" +
        "  labelme and labelme-parquet end with a second table: the scanner and the engine timed in turns in one process\n" +
        "  (8 rounds), the ratio that holds on a busy host";

    /// <summary>Rounds of the paired measurement (scanner and engine timed in turns in one process).</summary>
    private const int PairedRounds = 8;

    /// <summary>How many files the metadata-shards workload splits the rows into (a dataset ships as many files).</summary>
    private const int ShardCount = 4;

    public static int Run(string[] args)
    {
        var rows = 1_000_000;
        var work = Path.Combine(Path.GetTempPath(), "bulwark-scan-bench");
        string? data = null;
        var dihCopies = 25;
        var labelmeCopies = 1000;
        int[] cores = [1, 2];
        string[] workloads = ["metadata", "dih", "labelme"];
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--rows" when int.TryParse(value, CultureInfo.InvariantCulture, out var parsed) && parsed > 0:
                    rows = parsed;
                    break;
                case "--work" when value is not null:
                    work = value;
                    break;
                case "--data" when value is not null:
                    data = value;
                    break;
                case "--dih-copies" when int.TryParse(value, CultureInfo.InvariantCulture, out var parsed) && parsed > 0:
                    dihCopies = parsed;
                    break;
                case "--labelme-copies" when int.TryParse(value, CultureInfo.InvariantCulture, out var parsed) && parsed > 0:
                    labelmeCopies = parsed;
                    break;
                case "--cores" when value is not null:
                    cores = [.. value.Split(',').Select(part => int.Parse(part, CultureInfo.InvariantCulture))];
                    break;
                case "--workloads" when value is not null && value.Split(',').All(part => part is "metadata" or "metadata-shards" or "dih" or "labelme" or "labelme-parquet"):
                    workloads = value.Split(',');
                    break;
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        data ??= PdqTestData.Root();
        Directory.CreateDirectory(work);
        var metadata = Path.Combine(work, $"laion-{rows}.parquet");
        var runMetadata = workloads.Contains("metadata");
        var runShards = workloads.Contains("metadata-shards");
        var shards = Path.Combine(work, $"laion-{rows}-shards");
        if (runShards && !Directory.Exists(shards))
        {
            Console.Error.WriteLine($"generating {shards} ...");
            Directory.CreateDirectory(shards + ".tmp");
            for (var part = 0; part < ShardCount; part++)
            {
                ScanningData.WriteMetadataAsync(Path.Combine(shards + ".tmp", $"part-{part}.parquet"), rows / ShardCount, 131_072).GetAwaiter().GetResult();
            }

            Directory.Move(shards + ".tmp", shards);
        }

        if (runMetadata && !File.Exists(metadata))
        {
            Console.Error.WriteLine($"generating {metadata} ...");
            ScanningData.WriteMetadataAsync(metadata, rows, 131_072).GetAwaiter().GetResult();
        }

        File.WriteAllLines(Path.Combine(work, "urls.txt"), ScanningData.UrlList());
        File.WriteAllLines(Path.Combine(work, "sources.txt"), ScanningData.SourceList());
        var dih = Path.Combine(work, $"dih-{dihCopies}.tar");
        var labelme = Path.Combine(work, $"labelme-{labelmeCopies}.tar");
        ScanningData.WriteImageTarAsync(dih, Path.Combine(data, "dih"), dihCopies).GetAwaiter().GetResult();
        ScanningData.WriteImageTarAsync(labelme, Path.Combine(data, "labelme-subset"), labelmeCopies).GetAwaiter().GetResult();
        var labelmeParquet = Path.Combine(work, $"labelme-{labelmeCopies}.parquet");
        var runLabelmeParquet = workloads.Contains("labelme-parquet");
        if (runLabelmeParquet)
        {
            ScanningData.WriteImageParquetAsync(labelmeParquet, Path.Combine(data, "labelme-subset"), labelmeCopies, 1_000).GetAwaiter().GetResult();
        }

        WriteInvariant($"- Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; TurboJPEG {(new ImageDecoder().UsesSystemTurboJpeg ? "yes" : "no")}");
        if (runMetadata)
        {
            WriteInvariant($"- Metadata: {rows:N0} rows, {new FileInfo(metadata).Length / 1e6:N1} MB, row groups of 131,072; URL list 10,000 expressions, source list 1,000 domains + 10 datasets");
        }

        if (runShards)
        {
            WriteInvariant($"- Metadata shards: the same generator's rows as {ShardCount} files of {rows / ShardCount:N0} rows (each file is the same table), scanned together");
        }

        WriteInvariant($"- Images: dih {dihCopies} x 8 = {dihCopies * 8} photos 1600x1004; labelme {labelmeCopies} x 7 = {labelmeCopies * 7} photos 256x256; banks 1,000 PDQ + 1,000 MD5 (random stand-ins)");
        if (runLabelmeParquet)
        {
            WriteInvariant($"- labelme in Parquet: the same {labelmeCopies * 7:N0} photos embedded in a table (key, jpg, caption), row groups of 1,000, {new FileInfo(labelmeParquet).Length / 1e6:N1} MB");
        }

        Console.WriteLine();
        Console.WriteLine("| workload | cores | items | wall s | items/s | items/s per core | CPU ms / 1k items | peak RSS MB | allocated KB / item | GCs gen 0/1/2 | JIT ms | first run s | flagged |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var core in runMetadata ? cores : [])
        {
            Child("meta", core, metadata, "report", "captions", work);
            Child("meta", core, metadata, "clean", "captions", work);
            Child("meta", core, metadata, "report", "lists-only", work);
        }

        foreach (var core in runShards ? cores : [])
        {
            Child("meta", core, shards, "report", "captions", work);
            Child("meta", core, shards, "clean", "captions", work);
        }

        foreach (var (set, tar) in new[] { ("dih", dih), ("labelme", labelme) }.Where(image => workloads.Contains(image.Item1)))
        {
            foreach (var core in cores)
            {
                Child("engine", core, tar, set, "decode+pdq", work);
                Child("engine", core, tar, set, "decode+md5+pdq", work);
                Child("images", core, tar, set, "report", work);
                Child("images", core, tar, set, "clean", work);
                Child("images", core, tar, set, "md5-only", work);
            }
        }

        foreach (var core in runLabelmeParquet ? cores : [])
        {
            // The engine reads the same photos from the tar; the scanner reads them from the Parquet table.
            Child("engine", core, labelme, "labelme", "decode+md5+pdq", work);
            Child("images", core, labelmeParquet, "labelme in Parquet", "report", work);
            Child("images", core, labelmeParquet, "labelme in Parquet", "clean", work);
        }

        var paired = new[] { (Workload: "labelme", Label: "labelme", Input: labelme), (Workload: "labelme-parquet", Label: "labelme in Parquet", Input: labelmeParquet) }
            .Where(image => workloads.Contains(image.Workload)).ToList();
        if (paired.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"Scanner against engine in one process, {PairedRounds} rounds in turns (ratio = scanner images/s ÷ engine images/s):");
            Console.WriteLine();
            Console.WriteLine("| workload | cores | rounds | engine images/s | scanner images/s | ratio (median) | ratio range | CPU µs / image, engine / scanner | cores busy, engine / scanner |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var (_, set, input) in paired)
            {
                foreach (var core in cores)
                {
                    Child("paired", core, input, set, "report", work);
                    Child("paired", core, input, set, "clean", work);
                }
            }
        }

        return 0;
    }

    /// <summary>
    /// One measurement, in this process, pinned to <c>cores</c> cores; prints one RESULT line. Every workload warms up on
    /// its whole input, repeated until tiered JIT settles (a scan's per-batch methods reach the tier-1 call count only
    /// after several runs over a small input; a 1M-row table's per-row-group methods too). The line also gives what the
    /// timed run allocated, its collections, the JIT time inside it, and the first run's wall-clock time (what a one-off
    /// scan in a fresh process pays).
    /// </summary>
    public static int RunChild(string[] args)
    {
        var (kind, cores, input, mode, variant, work) = (args[0], int.Parse(args[1], CultureInfo.InvariantCulture), args[2], args[3], args[4], args[5]);
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            Process.GetCurrentProcess().ProcessorAffinity = (nint)((1 << cores) - 1);
        }

        if (kind == "paired")
        {
            MeasurePaired(input, cores, mode, variant, work);
            return 0;
        }

        var result = kind switch
        {
            "meta" => MeasureScan(MetadataScanAsync(cores, mode, variant, work).GetAwaiter().GetResult(), input),
            "images" => MeasureScan(ImageScan(cores, variant, work), input),
            _ => MeasureEngine(input, cores, variant.Contains("md5", StringComparison.Ordinal)),
        };
        var (items, flagged, wall, cpu) = (result.Items, result.Flagged, result.Wall, result.Cpu);
        var label = kind switch
        {
            "meta" => $"metadata{(Directory.Exists(input) ? $" in {ShardCount} shards" : "")}: {MetadataChecks(variant)}, {(mode == "clean" ? "cleaned copy written" : "report only")}",
            "images" => variant == "md5-only"
                ? $"{mode} images: scanner, MD5 bank only (no decoding: tar, pipeline, digest), report only"
                : $"{mode} images: scanner, MD5 + PDQ (canonical view) + bank queries, {ImageOutputs(input, variant)}",
            _ => $"{mode} images: hashing engine, {variant} (bytes in memory)",
        };
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1e6;
        WriteInvariant($"RESULT| {label} | {cores} | {items:N0} | {wall:N2} | {items / wall:N0} | {items / wall / cores:N0} | {cpu * 1000 / items * 1000:N1} | {peak:N0} | {result.Allocated / 1024.0 / items:N1} | {result.Gen0}/{result.Gen1}/{result.Gen2} | {result.JitMs:N0} | {result.FirstRunWall:N2} | {flagged:N0} |");
        return 0;
    }

    private static string MetadataChecks(string variant) => variant switch
    {
        "captions" => "URL + source lists + caption classifier",
        "lists-only" => "URL + source lists only",
        "captions-only" => "caption classifier only",
        "urls" => "URL list only",
        "sources" => "source list only",
        _ => "reading only, no check",
    };

    private static void Child(string kind, int cores, string input, string mode, string variant, string work)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ScanningHarness).Assembly.Location);
        }

        foreach (var arg in new[] { "scanning-child", kind, cores.ToString(CultureInfo.InvariantCulture), input, mode, variant, work })
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var prefix = kind == "paired" ? "PAIRED" : "RESULT";
        var line = output.Split('\n').FirstOrDefault(text => text.StartsWith(prefix, StringComparison.Ordinal));
        Console.WriteLine(line is null ? $"| {kind} {mode} {variant} | {cores} | failed (exit {child.ExitCode}) |" : line[prefix.Length..]);
    }

    /// <summary>
    /// Scans <paramref name="input"/> with <paramref name="options"/> until JIT settles, then once timed. The options (lists,
    /// banks, classifier) are built once, as a scan loads them once at its start; removing the previous run's outputs
    /// happens before each run's clock starts.
    /// </summary>
    private static Measurement MeasureScan(ScanOptions options, string input)
    {
        var (scan, reset) = ScanRun(options, input);
        var firstRun = WarmUpUntilJitSettles(() => scan(), reset);
        return Timed(scan, reset) with { FirstRunWall = firstRun };
    }

    /// <summary>One scan of <paramref name="input"/> (records, flagged) and the step that clears its output folder first.</summary>
    private static (Func<(long, long)> Scan, Action Reset) ScanRun(ScanOptions options, string input) =>
        (() =>
        {
            var summary = new Scanner(options).RunAsync([input]).GetAwaiter().GetResult();
            return (summary.Records, summary.Quarantined + summary.Unreadable);
        }, () => Clear(options.OutputDirectory));

    /// <summary>
    /// Runs <paramref name="warmup"/> until a run (and the tiering delay after it) compiles no new method, at most five
    /// times: a scan of a large input would have done that within its first seconds. Returns the first run's wall-clock
    /// seconds (JIT included).
    /// </summary>
    private static double WarmUpUntilJitSettles(Action warmup, Action? reset = null)
    {
        var first = 0.0;
        for (var round = 0; round < 5; round++)
        {
            reset?.Invoke();
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            var started = Stopwatch.GetTimestamp();
            warmup();
            if (round == 0)
            {
                first = Stopwatch.GetElapsedTime(started).TotalSeconds;
            }

            Thread.Sleep(300);
            if (round > 0 && System.Runtime.JitInfo.GetCompiledMethodCount() == compiled)
            {
                break;
            }
        }

        return first;
    }

    /// <summary>
    /// CPU and wall time of one run, with what it allocated, its collections and the JIT time inside it; <paramref name="reset"/>
    /// runs before the clock starts.
    /// </summary>
    private static Measurement Timed(Func<(long Items, long Flagged)> run, Action? reset = null)
    {
        reset?.Invoke();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
        var started = Stopwatch.GetTimestamp();
        var (items, flagged) = run();
        var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        process.Refresh();
        return new Measurement(
            items,
            flagged,
            wall,
            (process.TotalProcessorTime - cpuBefore).TotalSeconds,
            GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore,
            GC.CollectionCount(0) - gen0,
            GC.CollectionCount(1) - gen1,
            GC.CollectionCount(2) - gen2,
            (System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds);
    }

    private static async Task<ScanOptions> MetadataScanAsync(int cores, string mode, string variant, string work) =>
        new()
        {
            OutputDirectory = Path.Combine(work, "out-meta"),
            Columns = ColumnMapping.Default,
            UrlLists = variant is "captions" or "lists-only" or "urls" ? [await UrlList.LoadAsync(Path.Combine(work, "urls.txt"))] : [],
            SourceLists = variant is "captions" or "lists-only" or "sources" ? [await SourceList.LoadAsync(Path.Combine(work, "sources.txt"))] : [],
            CaptionScreener = variant is "captions" or "captions-only" ? new Screener(new PolicyLoader().LoadDefault(), [new TextClassifierDetector()]) : null,
            DryRun = mode != "clean",
            Parallelism = cores,
        };

    /// <summary>An image scan's options; its banks live as long as the process, which ends after the measurement.</summary>
    private static ScanOptions ImageScan(int cores, string variant, string work) =>
        new()
        {
            OutputDirectory = Path.Combine(work, "out-images"),
            Banks = Banks(withPdq: variant != "md5-only"),
            PdqViews = PdqQueryViewOptions.CanonicalOnly,
            DryRun = variant != "clean",
            Parallelism = cores,
        };

    /// <summary>The hashing engine's own loop: decode and PDQ-hash (and optionally MD5) every image already in memory.</summary>
    private static Measurement MeasureEngine(string tar, int cores, bool md5)
    {
        var hashAll = EngineLoop(ReadTar(tar), cores, md5);
        var firstRun = WarmUpUntilJitSettles(() => hashAll());
        return Timed(hashAll) with { FirstRunWall = firstRun };
    }

    /// <summary>One pass of the engine's loop over <paramref name="images"/>: (images, 0).</summary>
    private static Func<(long, long)> EngineLoop(List<byte[]> images, int cores, bool md5)
    {
        var decoder = new ImageDecoder();
        var hasher = new PdqHasher();
        long sink = 0;
        return () =>
        {
            Parallel.For(0, images.Count, new ParallelOptions { MaxDegreeOfParallelism = cores }, index =>
            {
                using var image = decoder.Decode(images[index]);
                var hash = hasher.Hash(image).Hash;
                if (md5)
                {
#pragma warning disable CA5351 // MD5 as the hash lists carry it; not a security use.
                    Interlocked.Add(ref sink, System.Security.Cryptography.MD5.HashData(images[index])[0]);
#pragma warning restore CA5351
                }

                Interlocked.Add(ref sink, hash.PopCount());
            });
            return (images.Count, sink == long.MinValue ? 1 : 0);
        };
    }

    /// <summary>
    /// The scanner and the engine (decode + MD5 + PDQ over the photos of the tar beside <paramref name="input"/>) in one
    /// process, timed in turns: <see cref="PairedRounds"/> rounds of both, the order swapped every round. A busy host
    /// slows both halves of a round alike, so a round's ratio holds where runs in separate processes minutes apart do
    /// not. Prints the median, lowest and highest ratio (scanner images/s ÷ engine images/s), each side's median rate
    /// and CPU time per image, and how much of the cores each kept busy (CPU time ÷ wall time × cores).
    /// </summary>
    private static void MeasurePaired(string input, int cores, string mode, string variant, string work)
    {
        var engine = EngineLoop(ReadTar(Path.ChangeExtension(input, ".tar")), cores, md5: true);
        var (scan, reset) = ScanRun(ImageScan(cores, variant, work), input);
        WarmUpUntilJitSettles(() => engine());
        WarmUpUntilJitSettles(() => scan(), reset);
        var engineRuns = new List<Measurement>();
        var scanRuns = new List<Measurement>();
        for (var round = 0; round < PairedRounds; round++)
        {
            if (round % 2 == 0)
            {
                engineRuns.Add(Timed(engine));
                scanRuns.Add(Timed(scan, reset));
            }
            else
            {
                scanRuns.Add(Timed(scan, reset));
                engineRuns.Add(Timed(engine));
            }
        }

        var ratios = engineRuns.Zip(scanRuns, (e, s) => e.Wall / s.Wall).Order().ToList();
        var items = scanRuns[0].Items;
        WriteInvariant($"PAIRED| {mode}: {ImageOutputs(input, variant)} | {cores} | {PairedRounds} | {Median(engineRuns, run => items / run.Wall):N0} | {Median(scanRuns, run => items / run.Wall):N0} | **{Median(ratios, ratio => ratio):N2}** | {ratios[0]:N2}–{ratios[^1]:N2} | {Median(engineRuns, run => run.Cpu * 1e6 / items):N0} / {Median(scanRuns, run => run.Cpu * 1e6 / items):N0} | {Median(engineRuns, run => run.Cpu / run.Wall / cores):P0} / {Median(scanRuns, run => run.Cpu / run.Wall / cores):P0} |");
    }

    /// <summary>What an image scan of <paramref name="input"/> writes besides its report, in the tables' words.</summary>
    private static string ImageOutputs(string input, string variant) =>
        variant != "clean" ? "report only"
        : input.EndsWith(".parquet", StringComparison.Ordinal) ? "cleaned copy written"
        : "cleaned tar written";

    private static double Median<T>(IEnumerable<T> runs, Func<T, double> value)
    {
        var sorted = runs.Select(value).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static List<byte[]> ReadTar(string path)
    {
        var images = new List<byte[]>();
        using var reader = new TarReader(File.OpenRead(path));
        while (reader.GetNextEntry(copyData: true) is { } entry)
        {
            using var buffer = new MemoryStream();
            entry.DataStream!.CopyTo(buffer);
            images.Add(buffer.ToArray());
        }

        return images;
    }

    /// <summary>1,000 random MD5 stand-ins and, when <paramref name="withPdq"/>, 1,000 random PDQ stand-ins.</summary>
    private static HashMatcher Banks(bool withPdq)
    {
        var random = new Random(7);
        var pdq = new Bank("stand-in-pdq");
        var md5 = new Bank("stand-in-md5");
        Span<byte> bytes = stackalloc byte[32];
        for (var i = 0; i < 1000; i++)
        {
            random.NextBytes(bytes);
            pdq.Upsert(Signal.FromPdq(PdqHash.ReadBigEndian(bytes)));
            md5.Upsert(Signal.Parse(SignalType.Md5, Convert.ToHexStringLower(bytes[..16])));
        }

        var matcher = new HashMatcher(1000);
        if (withPdq)
        {
            matcher.AddBank(pdq);
        }

        matcher.AddBank(md5);
        return matcher;
    }

    private static void Clear(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private readonly record struct Measurement(long Items, long Flagged, double Wall, double Cpu, long Allocated, int Gen0, int Gen1, int Gen2, double JitMs)
    {
        /// <summary>Wall-clock seconds of the first run in the fresh process: what a one-off scan of this input pays for JIT.</summary>
        public double FirstRunWall { get; init; }
    }

    private static void WriteInvariant(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
