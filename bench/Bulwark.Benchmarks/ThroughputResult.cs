namespace Bulwark.Benchmarks;

/// <summary>One timed workload: mean throughput over all rounds, its spread between rounds, CPU time and managed allocation.</summary>
internal sealed record ThroughputResult(string Workload, long Images, TimeSpan Elapsed, TimeSpan CpuTime, double RoundSpreadPercent, double AllocatedBytesPerImage)
{
    public double ImagesPerSecond => Images / Elapsed.TotalSeconds;

    public double MillisecondsPerImage => Elapsed.TotalMilliseconds / Images;

    /// <summary>Process CPU time (all threads, including JIT and GC) per image.</summary>
    public double CpuMillisecondsPerImage => CpuTime.TotalMilliseconds / Images;
}
