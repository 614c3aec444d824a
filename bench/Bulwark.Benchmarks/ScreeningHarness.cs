using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Detection.Text.Classification;

namespace Bulwark.Benchmarks;

/// <summary>
/// Latency percentiles of text screening on one thread: every call is timed on its own (Stopwatch timestamps), after a
/// warm-up that lets tiered JIT reach optimised code, for inputs of 200, 2,000 and 20,000 characters made from the
/// labelled development set. Measures the classifier alone and the full <see cref="Screener"/> pass under the default
/// policy. Prints Markdown for docs/benchmarks.md.
/// </summary>
internal static class ScreeningHarness
{
    private const string Usage = "usage: screening [--seconds S] [--warmup S]   (measured and warm-up seconds per workload; default 3 and 2)";

    public static int Run(string[] args)
    {
        var seconds = 3.0;
        var warmUp = 2.0;
        for (var i = 0; i < args.Length; i++)
        {
            var ok = i + 1 < args.Length && double.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) && value > 0;
            switch (args[i])
            {
                case "--seconds" when ok:
                    seconds = double.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--warmup" when ok:
                    warmUp = double.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        var classifier = new ChildSafetyClassifier();
        var screener = new Screener(new PolicyLoader().LoadDefault(), [new TextClassifierDetector(classifier)]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{RuntimeInformation.ProcessArchitecture}, {Environment.ProcessorCount} logical cores, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}; one thread; {seconds} s measured after {warmUp} s warm-up per row."));
        Console.WriteLine();
        Console.WriteLine("| workload | chars | UTF-8 bytes | calls | mean µs | p50 µs | p99 µs | max µs | MB/s (mean) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        long sink = 0;
        foreach (var chars in new[] { 200, 2_000, 20_000 })
        {
            var input = ScreeningText.Of(chars);
            var bytes = Encoding.UTF8.GetByteCount(input);
            Row("classifier", chars, bytes, Measure(() => classifier.Classify(input).Categories.Count, warmUp, seconds, ref sink));
            Row("screener", chars, bytes, Measure(() => screener.ScreenAsync(Content.FromText(input, Surface.Prompt)).GetAwaiter().GetResult().Findings.Count, warmUp, seconds, ref sink));
        }

        Console.WriteLine();
        Console.WriteLine($"Checksum (ignore): {sink}");
        return 0;
    }

    private static double[] Measure(Func<int> call, double warmUp, double seconds, ref long sink)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < warmUp)
        {
            sink += call();
        }

        var samples = new List<double>(1 << 16);
        clock.Restart();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            var start = Stopwatch.GetTimestamp();
            sink += call();
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }

        samples.Sort();
        return [.. samples];
    }

    private static void Row(string workload, int chars, int bytes, double[] sorted)
    {
        var mean = sorted.Average();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {workload} | {chars:N0} | {bytes:N0} | {sorted.Length:N0} | {mean:F1} | {Percentile(sorted, 0.50):F1} | {Percentile(sorted, 0.99):F1} | {sorted[^1]:F0} | {bytes / mean:F1} |"));
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
