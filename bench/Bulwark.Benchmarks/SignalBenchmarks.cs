using System.Text;
using BenchmarkDotNet.Attributes;
using Bulwark.Detection.Text.Normalisation;

namespace Bulwark.Benchmarks;

/// <summary>
/// One text signal on 200, 2,000 and 20,000-character inputs cycled from its sample sentences. <c>Detect</c> includes
/// normalisation (what a caller pays for a string); <c>DetectNormalised</c> is the signal alone on a text normalised in
/// setup (whose tokens, once made, are reused: the cost of matching without the shared tokenising).
/// </summary>
[MemoryDiagnoser]
public abstract class SignalBenchmarks<TFinding>
{
    private readonly TextNormaliser _normaliser = new();
    private Func<string, IReadOnlyList<TFinding>> _detect = null!;
    private Func<NormalisedText, IReadOnlyList<TFinding>> _detectNormalised = null!;
    private string _input = string.Empty;
    private NormalisedText _normalised = null!;

    [Params(200, 2_000, 20_000)]
    public int Chars { get; set; }

    /// <summary>The sample sentences the input is cycled from.</summary>
    protected abstract IReadOnlyList<string> Pieces { get; }

    [GlobalSetup]
    public void Setup()
    {
        (_detect, _detectNormalised) = Create(_normaliser);
        _input = BenchmarkText.Repeat(Pieces, Chars);
        _normalised = _normaliser.Normalise(_input);
        Console.WriteLine($"// {Chars} chars = {Encoding.UTF8.GetByteCount(_input)} UTF-8 bytes, {_detect(_input).Count} findings");
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<TFinding> Detect() => _detect(_input);

    [Benchmark]
    public IReadOnlyList<TFinding> DetectNormalised() => _detectNormalised(_normalised);

    /// <summary>The signal's two entry points, built on <paramref name="normaliser"/>.</summary>
    protected abstract (Func<string, IReadOnlyList<TFinding>> Detect, Func<NormalisedText, IReadOnlyList<TFinding>> DetectNormalised) Create(TextNormaliser normaliser);
}
