using System.Text;
using BenchmarkDotNet.Attributes;
using Bulwark.Detection.Text.Normalisation;

namespace Bulwark.Benchmarks;

/// <summary>
/// <see cref="TextNormaliser.Normalise"/> on 200, 2,000 and 20,000-character inputs mixing Latin, Cyrillic, CJK, emoji,
/// invisible characters, leetspeak, spaced-out letters and a base64 run. Run with <c>-- --filter '*TextNormaliser*'</c>;
/// MB/s in docs/benchmarks.md is UTF-8 input bytes over the mean time.
/// </summary>
[MemoryDiagnoser]
public class TextNormaliserBenchmarks
{
    private static readonly string[] Pieces =
    [
        "The quick brown fox jumps over the lazy dog. ",
        "Meet me at 10:30 on 2024-05-01, ok? ",
        "\u041F\u0440\u0438\u0432\u0435\u0442, \u043A\u0430\u043A \u0434\u0435\u043B\u0430? ",
        "\u4F60\u597D\uFF0C\u4E16\u754C\u3002\u3053\u3093\u306B\u3061\u306F\u3002 ",
        "h3ll0 w0rld \U0001F600\U0001F44D\uFE0F ",
        "p\u0430yp\u0430l l\u200Bo\u200Cg\u200Din \uFB01le ",
        "h e l l o and h.e.l.l.o sooooo ",
        "caf\u0065\u0301 \uFF28\uFF45\uFF4C\uFF4C\uFF4F ",
        "aGVsbG8gd29ybGQ= ",
    ];

    private readonly TextNormaliser _normaliser = new();
    private string _input = string.Empty;

    [Params(200, 2_000, 20_000)]
    public int Chars { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _input = BenchmarkText.Repeat(Pieces, Chars);
        Console.WriteLine($"// {Chars} chars = {Encoding.UTF8.GetByteCount(_input)} UTF-8 bytes");
    }

    [Benchmark]
    public NormalisedText Normalise() => _normaliser.Normalise(_input);
}
