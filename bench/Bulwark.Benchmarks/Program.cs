using BenchmarkDotNet.Running;

namespace Bulwark.Benchmarks;

/// <summary>
/// Entry point: named harnesses measure whole workloads (throughput, latency percentiles, memory) and print
/// Markdown for docs/benchmarks.md; anything else goes to BenchmarkDotNet's switcher.
/// </summary>
internal static class Program
{
    private static readonly Dictionary<string, Func<string[], int>> Harnesses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gateway-fake-upstream"] = GatewayFakeUpstreamHarness.Run,
        ["hashing"] = HashingHarness.Run,
        ["matcher"] = MatcherHarness.Run,
        ["scanning"] = ScanningHarness.Run,
        ["scanning-child"] = ScanningHarness.RunChild,
        ["screening"] = ScreeningHarness.Run,
        ["screening-allocations"] = AllocationProfileHarness.Run,
        ["screening-captions"] = CaptionScreeningHarness.Run,
        ["stream-cadence"] = StreamCadenceHarness.Run,
    };

    public static int Main(string[] args)
    {
        if (args.Length > 0 && Harnesses.TryGetValue(args[0], out var harness))
        {
            return harness(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
