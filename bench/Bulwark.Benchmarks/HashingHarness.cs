using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Bulwark.Detection.Hashing.Pdq;
using Bulwark.Detection.Imaging;

namespace Bulwark.Benchmarks;

/// <summary>
/// PDQ hashing throughput on the two reference photo sets, for comparison with Meta's C++ <c>pdq-photo-hasher</c>:
/// end to end (encoded bytes already in memory, decode, hash) in exact and fast (reduced-size JPEG decode) mode,
/// hash from decoded pixels, decode only, and end to end on every core. Single-threaded unless stated.
/// Prints Markdown for docs/benchmarks.md.
/// </summary>
internal static class HashingHarness
{
    private const string Usage =
        "usage: hashing [--data DIR] [--sets a,b] [--seconds S] [--warmup S] [--rounds N] [--copies N]\n" +
        "  --data     folder holding the image sets (default: shared/testdata/pdq found above the working directory)\n" +
        "  --sets     comma-separated subfolders of --data to measure (default: dih,labelme-subset)\n" +
        "  --seconds  measured time per workload (default 4)\n" +
        "  --warmup   untimed warm-up per workload (default 1)\n" +
        "  --rounds   rounds the measured time is split into, for the spread column (default 5)\n" +
        "  --copies   copies of each set one parallel pass hashes (default 16)";

    public static int Run(string[] args)
    {
        if (!TryParse(args, out var settings, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var meter = new ThroughputMeter(settings.WarmUp, settings.Duration, settings.Rounds);
        var exact = new ImageDecoder(new ImageDecoderOptions { ReducedSizeDecode = false });
        var fast = new ImageDecoder(new ImageDecoderOptions { ReducedSizeDecode = true });
        var hasher = new PdqHasher();

        PrintEnvironment(settings);
        var results = new List<(ImageSet Set, ThroughputResult Result)>();
        foreach (var setName in settings.Sets)
        {
            var set = ImageSet.Load(Path.Combine(settings.DataRoot, setName));
            PrintFastModeDistances(set, exact, fast, hasher);
            foreach (var result in MeasureSet(set, meter, exact, fast, hasher, settings.Copies))
            {
                results.Add((set, result));
            }
        }

        PrintResults(results);
        WriteInvariant($"Checksum of all results (ignore): {meter.Sink}");
        return 0;
    }

    private static IEnumerable<ThroughputResult> MeasureSet(
        ImageSet set, ThroughputMeter meter, ImageDecoder exact, ImageDecoder fast, PdqHasher hasher, int copies)
    {
        var encoded = set.Encoded;
        var decoded = encoded.Select(bytes => exact.Decode(bytes)).ToArray();

        yield return meter.Measure("end to end, exact", set.Count, () => HashAll(encoded, exact, hasher));
        yield return meter.Measure("end to end, fast (reduced-size decode)", set.Count, () => HashAll(encoded, fast, hasher));
        yield return meter.Measure("hash from decoded pixels", set.Count, () =>
        {
            long sum = 0;
            foreach (var image in decoded)
            {
                sum += Fold(hasher.Hash(image));
            }

            return sum;
        });
        yield return meter.Measure("hash from decoded pixels, 8 dihedral hashes", set.Count, () =>
        {
            long sum = 0;
            foreach (var image in decoded)
            {
                sum += hasher.HashDihedral(image).Quality;
            }

            return sum;
        });
        yield return meter.Measure("decode only, exact", set.Count, () => DecodeAll(encoded, exact));
        yield return meter.Measure("decode only, fast", set.Count, () => DecodeAll(encoded, fast));

        var threads = Environment.ProcessorCount;
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        var jobs = copies * set.Count;
        yield return meter.Measure($"end to end, exact, Parallel.For on {threads} threads", jobs, () =>
        {
            long total = 0;
            Parallel.For(
                0,
                jobs,
                options,
                () => 0L,
                (job, _, sum) => sum + HashOne(encoded[job % encoded.Count], exact, hasher),
                sum => Interlocked.Add(ref total, sum));
            return total;
        });
    }

    private static long HashAll(IReadOnlyList<byte[]> encoded, ImageDecoder decoder, PdqHasher hasher)
    {
        long sum = 0;
        foreach (var bytes in encoded)
        {
            sum += HashOne(bytes, decoder, hasher);
        }

        return sum;
    }

    private static long DecodeAll(IReadOnlyList<byte[]> encoded, ImageDecoder decoder)
    {
        long sum = 0;
        foreach (var bytes in encoded)
        {
            using var image = decoder.Decode(bytes);
            sum += image.Width;
        }

        return sum;
    }

    /// <summary>Decodes and hashes one image the way the scanner does, giving the pixel buffer back to the pool.</summary>
    private static long HashOne(byte[] bytes, ImageDecoder decoder, PdqHasher hasher)
    {
        using var image = decoder.Decode(bytes);
        return Fold(hasher.Hash(image));
    }

    private static long Fold(PdqResult result) => result.Quality + result.Hash.PopCount();

    private static void PrintEnvironment(HarnessSettings settings)
    {
        Console.WriteLine("## PDQ hashing throughput (Bulwark)");
        Console.WriteLine();
        WriteInvariant($"- Runtime: {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}");
        WriteInvariant($"- Cores: {Environment.ProcessorCount}; GC: {(GCSettings.IsServerGC ? "server" : "workstation")}; Vector256/512 accelerated: {Vector256.IsHardwareAccelerated}/{Vector512.IsHardwareAccelerated}");
        WriteInvariant($"- Data: {settings.DataRoot}; per workload {settings.WarmUp.TotalSeconds:0.#} s warm-up, {settings.Duration.TotalSeconds:0.#} s measured in {settings.Rounds} rounds");
        WriteInvariant($"- Load average at the start: {LoadAverage()}");
        Console.WriteLine();
    }

    private static void PrintFastModeDistances(ImageSet set, ImageDecoder exact, ImageDecoder fast, PdqHasher hasher)
    {
        WriteInvariant($"### Fast mode vs exact mode: {set.Name}");
        Console.WriteLine();
        Console.WriteLine("| Image | Exact decode | Fast decode | Exact hash | Quality | Distance fast vs exact |");
        Console.WriteLine("| --- | --- | --- | --- | ---: | ---: |");
        var maximum = 0;
        for (var i = 0; i < set.Count; i++)
        {
            var exactImage = exact.Decode(set.Encoded[i]);
            var fastImage = fast.Decode(set.Encoded[i]);
            var exactResult = hasher.Hash(exactImage);
            var distance = exactResult.Hash.DistanceTo(hasher.Hash(fastImage).Hash);
            maximum = Math.Max(maximum, distance);
            WriteInvariant($"| {set.Names[i]} | {exactImage.Width}x{exactImage.Height} | {fastImage.Width}x{fastImage.Height} | `{exactResult.Hash}` | {exactResult.Quality} | {distance} |");
        }

        Console.WriteLine();
        WriteInvariant($"Maximum distance fast vs exact on {set.Name}: **{maximum}**");
        Console.WriteLine();
    }

    private static void PrintResults(List<(ImageSet Set, ThroughputResult Result)> results)
    {
        Console.WriteLine("### Throughput");
        Console.WriteLine();
        Console.WriteLine("| Set | Workload | Images | Seconds | Images/s | ms/image | Round spread | CPU ms/image | Managed alloc/image |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (set, result) in results)
        {
            WriteInvariant($"| {set.Name} | {result.Workload} | {result.Images} | {result.Elapsed.TotalSeconds:0.00} | {result.ImagesPerSecond:0.0} | {result.MillisecondsPerImage:0.000} | ±{result.RoundSpreadPercent:0.0}% | {result.CpuMillisecondsPerImage:0.000} | {result.AllocatedBytesPerImage / 1024:0.0} KiB |");
        }

        Console.WriteLine();
        Console.WriteLine("Managed allocation excludes Skia's native buffers. Parallel rows count images over wall-clock time on all threads.");
        Console.WriteLine("CPU ms/image is process CPU time (every thread, JIT and GC included) over images; it is steadier than wall-clock time when other work shares the machine.");
        WriteInvariant($"- Load average at the end: {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine();
    }

    private static bool TryParse(string[] args, out HarnessSettings settings, out string error)
    {
        settings = new HarnessSettings();
        error = string.Empty;
        for (var i = 0; i < args.Length; i++)
        {
            if (i + 1 >= args.Length)
            {
                error = $"'{args[i]}' needs a value.";
                return false;
            }

            var value = args[++i];
            switch (args[i - 1])
            {
                case "--data":
                    settings = settings with { DataRoot = value };
                    break;
                case "--sets":
                    settings = settings with { Sets = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) };
                    break;
                case "--seconds" when TryPositiveDouble(value, out var seconds):
                    settings = settings with { Duration = TimeSpan.FromSeconds(seconds) };
                    break;
                case "--warmup" when TryPositiveDouble(value, out var seconds):
                    settings = settings with { WarmUp = TimeSpan.FromSeconds(seconds) };
                    break;
                case "--rounds" when int.TryParse(value, CultureInfo.InvariantCulture, out var rounds) && rounds > 0:
                    settings = settings with { Rounds = rounds };
                    break;
                case "--copies" when int.TryParse(value, CultureInfo.InvariantCulture, out var copies) && copies > 0:
                    settings = settings with { Copies = copies };
                    break;
                default:
                    error = $"Unknown option or bad value: {args[i - 1]} {value}";
                    return false;
            }
        }

        if (string.IsNullOrEmpty(settings.DataRoot))
        {
            settings = settings with { DataRoot = PdqTestData.Root() };
        }

        return true;
    }

    /// <summary>The 1, 5 and 15 minute load averages on Linux, because other work on the machine skews wall-clock figures.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static void WriteInvariant(FormattableString line) => Console.WriteLine(FormattableString.Invariant(line));

    private static bool TryPositiveDouble(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value > 0;
}
