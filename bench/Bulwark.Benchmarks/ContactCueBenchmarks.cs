using Bulwark.Detection.Text.Normalisation;
using Bulwark.Detection.Text.Signals;

namespace Bulwark.Benchmarks;

/// <summary>
/// <see cref="ContactCueDetector"/> on 200, 2,000 and 20,000-character inputs of short messages in the nine languages:
/// cues of each kind and hard negatives that share their words ("send me the report", "we met at the conference").
/// <c>Detect</c> includes normalisation (what a caller pays); <c>DetectNormalised</c> is the detector alone on a text
/// normalised in setup. Run with <c>-- --filter '*ContactCue*'</c>; MB/s in docs/benchmarks.md is UTF-8 input bytes
/// over the mean time.
/// </summary>
public class ContactCueBenchmarks : SignalBenchmarks<ContactCue>
{
    private static readonly string[] Samples =
    [
        "hey, don't tell your parents, ok? add me on snap. ",
        "Send me the report by Friday; we met at the conference last year. ",
        "I'll send your pics to everyone you know unless you pay me $500. ",
        "Let's meet for coffee tomorrow, I'll buy you one. ",
        "no se lo digas a nadie, mándame una foto. ",
        "Envoie-moi le rapport avant midi, on se voit lundi. ",
        "Schick mir bitte die Rechnung. Wo wohnst du? ",
        "Não conta pros seus pais. Manda o relatório amanhã. ",
        "Il segreto della pizza è l'impasto. Scrivimi su telegram. ",
        "\u043D\u0438\u043A\u043E\u043C\u0443 \u043D\u0435 \u0433\u043E\u0432\u043E\u0440\u0438. \u0421\u0435\u043A\u0440\u0435\u0442 \u0443\u0441\u043F\u0435\u0445\u0430 \u043F\u0440\u043E\u0441\u0442. ",
        "\u522B\u544A\u8BC9\u4F60\u7238\u5988\uFF0C\u8BF7\u628A\u62A5\u544A\u53D1\u7ED9\u6211\u3002 ",
        "\u8AB0\u306B\u3082\u8A00\u308F\u306A\u3044\u3067\u3002\u4F1A\u8B70\u3067\u4F1A\u3044\u307E\u3057\u305F\u3002 ",
        "The quick brown fox jumps over the lazy dog at 10:30. ",
    ];

    protected override IReadOnlyList<string> Pieces => Samples;

    protected override (Func<string, IReadOnlyList<ContactCue>> Detect, Func<NormalisedText, IReadOnlyList<ContactCue>> DetectNormalised) Create(TextNormaliser normaliser)
    {
        var detector = new ContactCueDetector(normaliser);
        return (detector.Detect, detector.Detect);
    }
}
