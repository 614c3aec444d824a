using System.Diagnostics;
using System.Globalization;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Detection.Text.Classification;
using Bulwark.Detection.Text.Normalisation;

namespace Bulwark.Benchmarks;

/// <summary>
/// CPU time and allocation per benign caption (the scanner benchmark's generated captions) for each stage of the
/// caption check: normalising, tokenising, the classifier's negative test, the whole classifier, and the classifier
/// behind the screener's detector interface as the scanner calls it. One thread, in process.
/// <c>dotnet run -c Release --project bench/Bulwark.Benchmarks -- screening-captions [--captions 100000] [--rounds 5]</c>
/// </summary>
internal static class CaptionScreeningHarness
{
    public static int Run(string[] args)
    {
        var count = HarnessArguments.Int(args, "--captions", 100_000);
        var rounds = HarnessArguments.Int(args, "--rounds", 5);
        var random = new Random(20261127);
        var captions = Enumerable.Range(0, count).Select(_ => ScanningData.Caption(random)).ToArray();
        var normaliser = new TextNormaliser();
        var classifier = new ChildSafetyClassifier(normaliser);
        var detector = new TextClassifierDetector(classifier);
        var screener = new Screener(new PolicyLoader().LoadDefault(), [detector]);
        long sink = 0;
        var stages = new (string Name, Func<string, long> Work)[]
        {
            ("normalise", caption => normaliser.Normalise(caption).Folded.Length),
            ("normalise + tokenise", caption => normaliser.Normalise(caption).FoldedTokens.Count),
            ("normalise + tokenise + negative test", caption => CueTriggers.Shared.MayScore(normaliser.Normalise(caption)) ? 1 : 0),
            ("classifier (Classify)", caption => classifier.Classify(caption).Categories.Count),
            ("detector (TextClassifierDetector.DetectAsync)", caption => detector.DetectAsync(Content.FromText(caption, Surface.Dataset), CancellationToken.None).Result.Count),
            ("screener (Screener.ScreenAsync, dataset surface)", caption => (long)screener.ScreenAsync(Content.FromText(caption, Surface.Dataset), CancellationToken.None).Result.Action),
        };

        var fastPath = captions.Count(caption => !CueTriggers.Shared.MayScore(normaliser.Normalise(caption)));
        Console.WriteLine($"{count:N0} captions, {captions.Average(caption => caption.Length):F1} characters on average; {fastPath:N0} take the negative fast path; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine();
        Console.WriteLine("| stage | µs CPU per caption (best of rounds) | median of rounds | bytes allocated per caption |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        // Every stage warms up before any is timed, so tiered compilation of the shared code has settled.
        foreach (var (_, work) in stages)
        {
            foreach (var caption in captions.AsSpan(0, Math.Min(count, 50_000)))
            {
                sink += work(caption);
            }
        }

        foreach (var (name, work) in stages)
        {
            var times = new List<double>();
            long allocated = 0;
            for (var round = 0; round < rounds; round++)
            {
                var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var before = GC.GetAllocatedBytesForCurrentThread();
                foreach (var caption in captions)
                {
                    sink += work(caption);
                }

                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                process.Refresh();
                times.Add((process.TotalProcessorTime - cpu).TotalMicroseconds / count);
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {times[0]:F2} | {times[times.Count / 2]:F2} | {allocated / (double)count:F0} |"));
        }

        Console.WriteLine();
        Console.WriteLine($"Checksum (ignore): {sink}");
        return 0;
    }
}
