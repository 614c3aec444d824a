using System.Text;
using BenchmarkDotNet.Attributes;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Detection.Text.Classification;

namespace Bulwark.Benchmarks;

/// <summary>
/// The child-safety text classifier on 200, 2,000 and 20,000-character inputs made from the labelled development set
/// (violating requests and hard negatives in nine languages): <c>Classify</c> is normalisation, every signal and the
/// scoring; <c>Screen</c> is the same through the <see cref="Screener"/> under the default policy (thread-pool hop,
/// timeout, verdict), which is what the gateway pays. Run with <c>-- --filter '*TextClassifier*'</c>; MB/s in
/// docs/benchmarks.md is UTF-8 input bytes over the mean time. The <c>screening</c> harness measures p50/p99.
/// </summary>
[MemoryDiagnoser]
public class TextClassifierBenchmarks
{
    private readonly ChildSafetyClassifier _classifier = new();
    private Screener _screener = null!;
    private string _input = string.Empty;

    [Params(200, 2_000, 20_000)]
    public int Chars { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _screener = new Screener(new PolicyLoader().LoadDefault(), [new TextClassifierDetector(_classifier)]);
        _input = ScreeningText.Of(Chars);
        Console.WriteLine($"// {Chars} chars = {Encoding.UTF8.GetByteCount(_input)} UTF-8 bytes, {_classifier.Classify(_input).Categories.Count} categories");
    }

    [Benchmark(Baseline = true)]
    public TextClassification Classify() => _classifier.Classify(_input);

    [Benchmark]
    public Task<Verdict> Screen() => _screener.ScreenAsync(Content.FromText(_input, Surface.Prompt));
}
