namespace Bulwark.Benchmarks;

/// <summary>One timed workload: mean throughput over all rounds, its spread between rounds, and managed allocation.</summary>
internal sealed record ThroughputResult(string Workload, long Images, TimeSpan Elapsed, double RoundSpreadPercent, double AllocatedBytesPerImage)
{
    public double ImagesPerSecond => Images / Elapsed.TotalSeconds;

    public double MillisecondsPerImage => Elapsed.TotalMilliseconds / Images;
}
