using System.Diagnostics.Tracing;
using Bulwark.Detection.Text.Classification;

namespace Bulwark.Benchmarks;

/// <summary>
/// Where the text classifier's allocations come from: the runtime's allocation-tick events (one per ~100 KB
/// allocated, naming the type that crossed the threshold) sampled while classifying the dense screening text, ranked by
/// share. A sampling profile, not an exact count: enough to pick what to make allocation-free, and to check afterwards.
/// <c>dotnet run -c Release --project bench/Bulwark.Benchmarks -- screening-allocations [--chars 2000] [--calls 20000] [--prose]</c>
/// (<c>--prose</c>: the ordinary prose of the screening harness instead of the dense text)
/// </summary>
internal static class AllocationProfileHarness
{
    public static int Run(string[] args)
    {
        var chars = HarnessArguments.Int(args, "--chars", 2000);
        var calls = HarnessArguments.Int(args, "--calls", 20000);
        var prose = args.Contains("--prose");
        var text = prose ? ScreeningText.Ordinary(chars) : ScreeningText.Of(chars);
        var classifier = new ChildSafetyClassifier();
        classifier.Classify(text);

        using var listener = new AllocationTickListener();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < calls; i++)
        {
            classifier.Classify(text);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var ticks = listener.Snapshot();
        var total = ticks.Values.Sum();
        Console.WriteLine($"{calls} calls on {chars} characters of {(prose ? "ordinary prose" : "dense text")}: {allocated / (double)calls / 1024:F1} KB allocated per call; {total} allocation ticks sampled");
        Console.WriteLine();
        Console.WriteLine("| type | share of sampled allocations |");
        Console.WriteLine("| --- | ---: |");
        foreach (var (type, count) in ticks.OrderByDescending(pair => pair.Value).Take(25))
        {
            Console.WriteLine($"| `{type}` | {100.0 * count / total:F1}% |");
        }

        return 0;
    }

    private sealed class AllocationTickListener : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;
        private readonly Dictionary<string, long> _ticks = new(StringComparer.Ordinal);
        private readonly Lock _gate = new();

        public Dictionary<string, long> Snapshot()
        {
            lock (_gate)
            {
                return new Dictionary<string, long>(_ticks, StringComparer.Ordinal);
            }
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is not { } names)
            {
                return;
            }

            var index = names.IndexOf("TypeName");
            var type = index >= 0 ? eventData.Payload?[index] as string ?? "?" : "?";
            lock (_gate)
            {
                _ticks[type] = _ticks.GetValueOrDefault(type) + 1;
            }
        }
    }
}
