using Bulwark.Detection.Text.Normalisation;
using Bulwark.Detection.Text.Signals;

namespace Bulwark.Benchmarks;

/// <summary>
/// <see cref="MinorIndicatorDetector"/> on 200, 2,000 and 20,000-character inputs of neutral everyday text in the nine
/// languages, with ages, grades and child nouns, hard negatives (prices, versions, durations, adult ages), leetspeak
/// and a Cyrillic look-alike. <c>Detect</c> includes normalisation (what a caller pays); <c>DetectNormalised</c> is the
/// detector alone on a text normalised in setup. Run with <c>-- --filter '*MinorIndicator*'</c>; MB/s in
/// docs/benchmarks.md is UTF-8 input bytes over the mean time.
/// </summary>
public class MinorIndicatorBenchmarks : SignalBenchmarks<MinorIndicator>
{
    private static readonly string[] Samples =
    [
        "My daughter is 12 and loves football. ",
        "I bought 12 apples and upgraded to Windows 10 on page 16. ",
        "He has 12 years of experience; version 13.2 ships in May. ",
        "Mi hija tiene doce años. Hace 12 años que vivo aquí. ",
        "Elle est en CM2, il y a 3 ans elle était en maternelle. ",
        "Ein 13-jähriges Kind geht in die 5. Klasse. ",
        "Ele está no 6º ano. Meu avô tem 80 anos. ",
        "Mio figlio ha dodici anni e fa la scuola media. ",
        "\u0415\u043C\u0443 12 \u043B\u0435\u0442, 12 \u043B\u0435\u0442 \u043D\u0430\u0437\u0430\u0434. ",
        "\u6211\u5973\u513F\u4ECA\u5E7412\u5C81\uFF0C\u5728\u8BFB\u521D\u4E2D\u3002 ",
        "\uFF11\uFF12\u6B73\u306E\u5B50\u4F9B\u3002 ",
        "The quick brown fox jumps over the lazy dog at 10:30. ",
        "a 1 2 y o with a y\u0435ar-long h0bby, kill the child process. ",
    ];

    protected override IReadOnlyList<string> Pieces => Samples;

    protected override (Func<string, IReadOnlyList<MinorIndicator>> Detect, Func<NormalisedText, IReadOnlyList<MinorIndicator>> DetectNormalised) Create(TextNormaliser normaliser)
    {
        var detector = new MinorIndicatorDetector(normaliser);
        return (detector.Detect, detector.Detect);
    }
}
