using BenchmarkDotNet.Attributes;
using Bulwark.Detection.Hashing.Pdq;
using Bulwark.Detection.Imaging;

namespace Bulwark.Benchmarks;

/// <summary>
/// PDQ hash from already-decoded pixels (resize to at most 512x512, luma, Jarosz filter, DCT, bits) for one large
/// and one small reference photo. Run with <c>-- --filter '*Pdq*'</c>; the hashing harness covers whole workloads.
/// </summary>
[MemoryDiagnoser]
public class PdqHashFromPixelsBenchmarks
{
    private readonly PdqHasher _hasher = new();
    private DecodedImage _large = null!;
    private DecodedImage _small = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = PdqTestData.Root();
        var decoder = new ImageDecoder();
        _large = decoder.Decode(File.ReadAllBytes(Path.Combine(root, "dih", "bridge-1-original.jpg")));
        _small = decoder.Decode(File.ReadAllBytes(Path.Combine(root, "labelme-subset", "q2821.jpg")));
    }

    [Benchmark(Description = "Hash 1600x1004")]
    public PdqResult Hash_1600x1004() => _hasher.Hash(_large);

    [Benchmark(Description = "Hash 256x256")]
    public PdqResult Hash_256x256() => _hasher.Hash(_small);
}
