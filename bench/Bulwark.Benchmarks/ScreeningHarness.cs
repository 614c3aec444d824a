using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Detection.Text.Classification;
using Bulwark.Detection.Text.Normalisation;
using Bulwark.Detection.Text.Signals;
using Bulwark.Detection.Text.Tokens;

namespace Bulwark.Benchmarks;

/// <summary>
/// Latency percentiles of text screening on one thread: every call is timed on its own (Stopwatch timestamps), after a
/// warm-up that lets tiered JIT reach optimised code, for inputs of 200, 2,000 and 20,000 characters made from the
/// labelled development set. Measures the classifier alone and the full <see cref="Screener"/> pass under the default
/// policy. Prints Markdown for docs/benchmarks.md.
/// </summary>
internal static class ScreeningHarness
{
    private const string Usage =
        "usage: screening [--seconds S] [--warmup S] [--parts]\n" +
        "  --seconds, --warmup  measured and warm-up seconds per workload (default 3 and 2)\n" +
        "  --parts              also time the normaliser, the tokeniser and each signal alone on 2,000 and 20,000 characters (where the time goes)";

    public static int Run(string[] args)
    {
        var seconds = 3.0;
        var warmUp = 2.0;
        var parts = false;
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
                case "--parts":
                    parts = true;
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
        Console.WriteLine("| workload | chars | UTF-8 bytes | calls | mean µs | p50 µs | p99 µs | max µs | MB/s (mean) | KB allocated per call |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        long sink = 0;
        if (parts)
        {
            MeasureParts(warmUp, seconds, ref sink);
        }

        foreach (var chars in new[] { 200, 2_000, 20_000 })
        {
            var input = ScreeningText.Of(chars);
            var bytes = Encoding.UTF8.GetByteCount(input);
            if (parts)
            {
                Row("signals only", chars, bytes, Measure(() => classifier.Signals(input).Count, warmUp, seconds, ref sink));
            }

            Row("classifier", chars, bytes, Measure(() => classifier.Classify(input).Categories.Count, warmUp, seconds, ref sink));
            Row("screener", chars, bytes, Measure(() => screener.ScreenAsync(Content.FromText(input, Surface.Prompt)).GetAwaiter().GetResult().Findings.Count, warmUp, seconds, ref sink));
        }

        foreach (var chars in new[] { 200, 2_000, 20_000 })
        {
            var input = ScreeningText.Ordinary(chars);
            var bytes = Encoding.UTF8.GetByteCount(input);
            Row("classifier, ordinary prose", chars, bytes, Measure(() => classifier.Classify(input).Categories.Count, warmUp, seconds, ref sink));
            Row("screener, ordinary prose", chars, bytes, Measure(() => screener.ScreenAsync(Content.FromText(input, Surface.Prompt)).GetAwaiter().GetResult().Findings.Count, warmUp, seconds, ref sink));
        }

        Console.WriteLine();
        Console.WriteLine($"Checksum (ignore): {sink}");
        return 0;
    }

    /// <summary>The normaliser and each signal on its own, on normalised 2,000 and 20,000-character inputs.</summary>
    private static void MeasureParts(double warmUp, double seconds, ref long sink)
    {
        MeasureParts(2_000, warmUp, seconds, ref sink);
        MeasureParts(20_000, warmUp, seconds, ref sink);
    }

    private static void MeasureParts(int chars, double warmUp, double seconds, ref long sink)
    {
        var normaliser = new TextNormaliser();
        var input = ScreeningText.Of(chars);
        var bytes = Encoding.UTF8.GetByteCount(input);
        var text = normaliser.Normalise(input);
        var minors = new MinorIndicatorDetector(normaliser);
        var sexual = new SexualIndicatorDetector(normaliser);
        var intents = new IntentDetector(normaliser);
        var contact = new ContactCueDetector(normaliser);
        var protective = new ProtectiveContextDetector(normaliser);
        Row("normaliser", chars, bytes, Measure(() => normaliser.Normalise(input).Folded.Length, warmUp, seconds, ref sink));
        // A text keeps its tokens once made, so the signal rows below measure matching alone and this row the tokenising they share.
        Row("tokeniser", chars, bytes, Measure(() => TokenList.Of(text.Folded).Count, warmUp, seconds, ref sink));
        Row("minor indicators", chars, bytes, Measure(() => minors.Detect(text).Count, warmUp, seconds, ref sink));
        Row("sexual indicators", chars, bytes, Measure(() => sexual.Detect(text).Count, warmUp, seconds, ref sink));
        Row("intents", chars, bytes, Measure(() => intents.Detect(text).Count, warmUp, seconds, ref sink));
        Row("contact cues", chars, bytes, Measure(() => contact.Detect(text).Count, warmUp, seconds, ref sink));
        Row("protective contexts", chars, bytes, Measure(() => protective.Detect(text).Count, warmUp, seconds, ref sink));
        Row("classifier words", chars, bytes, Measure(() =>
        {
            var cues = new List<Cue>();
            ClassifierWords.Collect(text, cues);
            return cues.Count;
        }, warmUp, seconds, ref sink));
        Row("normaliser + all signals", chars, bytes, Measure(() =>
        {
            var fresh = normaliser.Normalise(input);
            var cues = new List<Cue>();
            ClassifierWords.Collect(fresh, cues);
            return minors.Detect(fresh).Count + sexual.Detect(fresh).Count + intents.Detect(fresh).Count + contact.Detect(fresh).Count + protective.Detect(fresh).Count + cues.Count;
        }, warmUp, seconds, ref sink));
    }

    private static Sample Measure(Func<int> call, double warmUp, double seconds, ref long sink)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < warmUp)
        {
            sink += call();
        }

        var samples = new List<double>(1 << 20);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        clock.Restart();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            var start = Stopwatch.GetTimestamp();
            sink += call();
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }

        var perCall = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)samples.Count;
        samples.Sort();
        return new Sample([.. samples], perCall);
    }

    /// <summary>Per-call times in µs, sorted, and the bytes the calls allocated on average.</summary>
    private sealed record Sample(double[] Sorted, double BytesPerCall);

    private static void Row(string workload, int chars, int bytes, Sample sample)
    {
        var sorted = sample.Sorted;
        var mean = sorted.Average();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {workload} | {chars:N0} | {bytes:N0} | {sorted.Length:N0} | {mean:F1} | {Percentile(sorted, 0.50):F1} | {Percentile(sorted, 0.99):F1} | {sorted[^1]:F0} | {bytes / mean:F1} | {sample.BytesPerCall / 1024:F1} |"));
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
