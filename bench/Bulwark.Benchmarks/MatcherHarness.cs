using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using Bulwark.Detection.Hashing;
using Bulwark.Detection.Matching;

namespace Bulwark.Benchmarks;

/// <summary>
/// Measures <see cref="PdqIndex"/> against a brute-force popcount scan at bank sizes that matter (1M, 10M):
/// build and incremental add cost, memory, query latency percentiles and throughput on one and two threads.
/// Also checks, on the brute-force sample, that the index returns exactly as many matches as the scan.
/// Usage: matcher [--sizes 1000000,10000000] [--queries 10000] [--brute-queries 200] [--segments m]
///                [--distributions uniform,clustered] [--threshold 31] [--seed 1]
/// </summary>
internal static class MatcherHarness
{
    private const int IncrementalAdds = 100_000;

    public static int Run(string[] args)
    {
        var options = Options.Parse(args);
        Console.WriteLine($"| N | distribution | m | build s | add µs | remove µs | index MB | managed MB | process working set MB | p50 µs | p99 µs | q/s 1 thread | q/s 2 threads | p99 µs 2 threads | brute p50 ms | brute q/s | speed-up | hits/query |");
        Console.WriteLine($"|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var size in options.Sizes)
        {
            foreach (var distribution in options.Distributions)
            {
                Console.WriteLine(Measure(size, distribution, options));
            }
        }

        return 0;
    }

    private static string Measure(int size, string distribution, Options options)
    {
        var random = new Random(options.Seed);
        var hashes = Generate(size, distribution, random);
        var queries = MakeQueries(hashes, options.Queries, random);

        ForceCollect();
        var managedBefore = GC.GetTotalMemory(forceFullCollection: true);

        var build = Stopwatch.StartNew();
        using var index = options.Segments is { } m ? new PdqIndex(size, m) : new PdqIndex(size);
        for (var i = 0; i < size; i++)
        {
            index.Add(i, HashAt(hashes, i), i & 7);
        }

        build.Stop();
        ForceCollect();
        var managed = GC.GetTotalMemory(forceFullCollection: true) - managedBefore;
        // The index's own tables, managed and native (its large tables live outside the managed heap, so the
        // managed-heap delta alone would understate it).
        var indexBytes = index.AllocatedBytes;
        // The whole process, including the harness's own copy of the hashes (32 bytes each) that the brute-force scan reads.
        var workingSet = Process.GetCurrentProcess().WorkingSet64;

        var extra = Generate(IncrementalAdds, "uniform", random);
        var adds = Stopwatch.StartNew();
        for (var i = 0; i < IncrementalAdds; i++)
        {
            index.Add(size + i, HashAt(extra, i), 0);
        }

        adds.Stop();
        var removes = Stopwatch.StartNew();
        for (var i = 0; i < IncrementalAdds; i++)
        {
            index.Remove(size + i, HashAt(extra, i));
        }

        removes.Stop();

        // Warm-up so tiered JIT has promoted the query path before anything is timed.
        TimeQueries(index, queries.AsSpan(0, Math.Min(2000, queries.Length)).ToArray(), options.Threshold, threads: 2);
        var (single, singleSeconds, hits) = TimeQueries(index, queries, options.Threshold, threads: 1);
        var (parallel, parallelSeconds, _) = TimeQueries(index, queries, options.Threshold, threads: 2);
        var (brute, bruteSeconds) = TimeBruteForce(index, hashes, queries.AsSpan(0, Math.Min(options.BruteQueries, queries.Length)), options.Threshold);

        var singleMedian = Percentile(single, 0.50);
        var bruteMedian = Percentile(brute, 0.50);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {size:N0} | {distribution} | {index.SegmentCount} | {build.Elapsed.TotalSeconds:F1} | {adds.Elapsed.TotalMicroseconds / IncrementalAdds:F2} | {removes.Elapsed.TotalMicroseconds / IncrementalAdds:F2} "
            + $"| {indexBytes / 1e6:F0} | {managed / 1e6:F0} | {workingSet / 1e6:F0} | {singleMedian:F0} | {Percentile(single, 0.99):F0} | {queries.Length / singleSeconds:F0} "
            + $"| {queries.Length / parallelSeconds:F0} | {Percentile(parallel, 0.99):F0} | {bruteMedian / 1000:F1} | {brute.Length / bruteSeconds:F1} "
            + $"| {bruteMedian / singleMedian:F0}x | {(double)hits / queries.Length:F2} |");
    }

    private static (double[] LatenciesMicros, double Seconds, long Hits) TimeQueries(PdqIndex index, PdqHash[] queries, int threshold, int threads)
    {
        var latencies = new double[queries.Length];
        long hits = 0;
        var wall = Stopwatch.StartNew();
        Parallel.For(
            0,
            queries.Length,
            new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => new List<PdqMatch>(),
            (i, _, results) =>
            {
                results.Clear();
                var start = Stopwatch.GetTimestamp();
                index.Query(queries[i], threshold, results);
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                Interlocked.Add(ref hits, results.Count);
                return results;
            },
            _ => { });
        wall.Stop();
        return (latencies, wall.Elapsed.TotalSeconds, hits);
    }

    /// <summary>The baseline every index must beat: one pass of XOR and popcount over contiguous limbs.</summary>
    private static (double[] LatenciesMicros, double Seconds) TimeBruteForce(PdqIndex index, ulong[] hashes, ReadOnlySpan<PdqHash> queries, int threshold)
    {
        var latencies = new double[queries.Length];
        var results = new List<PdqMatch>();
        var wall = Stopwatch.StartNew();
        for (var q = 0; q < queries.Length; q++)
        {
            var start = Stopwatch.GetTimestamp();
            var matches = Scan(hashes, queries[q], threshold);
            latencies[q] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            results.Clear();
            if (index.Query(queries[q], threshold, results) != matches)
            {
                throw new InvalidOperationException($"Index and brute force disagree on query {q}: {results.Count} vs {matches} matches.");
            }
        }

        wall.Stop();
        return (latencies, wall.Elapsed.TotalSeconds);
    }

    private static int Scan(ulong[] hashes, PdqHash query, int threshold)
    {
        ulong q0 = query.GetLimb(0), q1 = query.GetLimb(1), q2 = query.GetLimb(2), q3 = query.GetLimb(3);
        var matches = 0;
        for (var i = 0; i + 3 < hashes.Length; i += 4)
        {
            var distance = BitOperations.PopCount(hashes[i] ^ q0) + BitOperations.PopCount(hashes[i + 1] ^ q1)
                + BitOperations.PopCount(hashes[i + 2] ^ q2) + BitOperations.PopCount(hashes[i + 3] ^ q3);
            if (distance <= threshold)
            {
                matches++;
            }
        }

        return matches;
    }

    /// <summary>
    /// Uniform: independent random hashes. Clustered: groups of 16 near-duplicates, each 0..40 random bits from
    /// its group's centre, the shape of a bank holding many re-encodings of the same images.
    /// </summary>
    private static ulong[] Generate(int count, string distribution, Random random)
    {
        var limbs = new ulong[count * 4L];
        random.NextBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(limbs.AsSpan()));
        if (distribution == "clustered")
        {
            for (var i = 0; i < count; i++)
            {
                var centre = i & ~15;
                var flips = random.Next(41);
                for (var limb = 0; limb < 4; limb++)
                {
                    limbs[(i * 4L) + limb] = limbs[(centre * 4L) + limb];
                }

                for (var f = 0; f < flips; f++)
                {
                    var bit = random.Next(PdqHash.BitCount);
                    limbs[(i * 4L) + (bit >> 6)] ^= 1UL << (bit & 63);
                }
            }
        }

        return limbs;
    }

    /// <summary>Half near-duplicates of stored hashes (0..31 random bit flips), half unrelated random hashes.</summary>
    private static PdqHash[] MakeQueries(ulong[] hashes, int count, Random random)
    {
        var queries = new PdqHash[count];
        var stored = hashes.Length / 4;
        for (var q = 0; q < count; q++)
        {
            if (q % 2 == 0)
            {
                var hash = HashAt(hashes, random.Next(stored));
                var flips = random.Next(32);
                for (var f = 0; f < flips; f++)
                {
                    hash = hash.WithBitFlipped(random.Next(PdqHash.BitCount));
                }

                queries[q] = hash;
            }
            else
            {
                queries[q] = new PdqHash((ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64());
            }
        }

        return queries;
    }

    private static PdqHash HashAt(ulong[] limbs, int i) =>
        new(limbs[i * 4L], limbs[(i * 4L) + 1], limbs[(i * 4L) + 2], limbs[(i * 4L) + 3]);

    private static double Percentile(double[] values, double fraction)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)(fraction * sorted.Length))];
    }

    private static void ForceCollect()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private sealed record Options(int[] Sizes, string[] Distributions, int Queries, int BruteQueries, int Threshold, int? Segments, int Seed)
    {
        public static Options Parse(string[] args)
        {
            var options = new Options([1_000_000, 10_000_000], ["uniform", "clustered"], 10_000, 200, PdqIndex.DefaultMaxDistance, null, 1);
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                var value = args[i + 1];
                options = args[i] switch
                {
                    "--sizes" => options with { Sizes = [.. value.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))] },
                    "--distributions" => options with { Distributions = value.Split(',') },
                    "--queries" => options with { Queries = int.Parse(value, CultureInfo.InvariantCulture) },
                    "--brute-queries" => options with { BruteQueries = int.Parse(value, CultureInfo.InvariantCulture) },
                    "--threshold" => options with { Threshold = int.Parse(value, CultureInfo.InvariantCulture) },
                    "--segments" => options with { Segments = int.Parse(value, CultureInfo.InvariantCulture) },
                    "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                    _ => throw new ArgumentException($"Unknown option {args[i]}; see MatcherHarness's summary for usage."),
                };
            }

            return options;
        }
    }
}
