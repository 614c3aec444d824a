using System.Diagnostics;

namespace Bulwark.Benchmarks;

/// <summary>
/// Runs a workload pass (one or more images) repeatedly: first for a warm-up period so tiered JIT reaches its
/// optimised code, then for a fixed duration split into rounds. Throughput is total images over total time;
/// the spread is the standard deviation of the per-round rates, as a percentage of the mean. Process CPU time is
/// recorded too: on a shared machine it is the steadier measure of cost, wall-clock time the one users feel.
/// </summary>
internal sealed class ThroughputMeter(TimeSpan warmUp, TimeSpan duration, int rounds)
{
    /// <summary>Checksum of everything the workloads returned, so no result is dead code.</summary>
    public long Sink { get; private set; }

    public ThroughputResult Measure(string workload, int imagesPerPass, Func<long> pass)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < warmUp)
        {
            Sink += pass();
        }

        var roundLength = duration / rounds;
        var rates = new double[rounds];
        long images = 0;
        var elapsed = TimeSpan.Zero;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        for (var round = 0; round < rounds; round++)
        {
            long roundImages = 0;
            clock.Restart();
            do
            {
                Sink += pass();
                roundImages += imagesPerPass;
            }
            while (clock.Elapsed < roundLength);

            var roundElapsed = clock.Elapsed;
            rates[round] = roundImages / roundElapsed.TotalSeconds;
            images += roundImages;
            elapsed += roundElapsed;
        }

        var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var meanRate = rates.Average();
        var spread = Math.Sqrt(rates.Sum(rate => (rate - meanRate) * (rate - meanRate)) / rounds) / meanRate * 100;
        return new ThroughputResult(workload, images, elapsed, cpu, spread, (double)allocated / images);
    }
}
