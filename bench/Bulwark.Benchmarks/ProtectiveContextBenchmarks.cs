using Bulwark.Detection.Text.Normalisation;
using Bulwark.Detection.Text.Signals;

namespace Bulwark.Benchmarks;

/// <summary>
/// <see cref="ProtectiveContextDetector"/> on 200, 2,000 and 20,000-character inputs of neutral sentences in the nine
/// languages: first-person roles, protective questions, a victim asking for help, frames, and hard negatives (role
/// words without a protective frame). <c>Detect</c> includes normalisation (what a caller pays);
/// <c>DetectNormalised</c> is the detector alone on a text normalised in setup. Run with
/// <c>-- --filter '*ProtectiveContext*'</c>; MB/s in docs/benchmarks.md is UTF-8 input bytes over the mean time.
/// </summary>
public class ProtectiveContextBenchmarks : SignalBenchmarks<ProtectiveContext>
{
    private static readonly string[] Samples =
    [
        "I'm a parent and want to know how to keep my son safe online. ",
        "My teacher gave me homework and the parent company reported earnings. ",
        "We saw a nurse shark; my report card came today. ",
        "Someone is threatening to share my photos, I'm 15, what do I do? ",
        "Soy madre y quiero saber cómo proteger a mi hija. ",
        "Je suis enseignant. Que dit la loi sur l'obligation de signaler ? ",
        "Ich bin Lehrerin. Meine Lehrerin hat uns Hausaufgaben gegeben. ",
        "Sou mãe. Vou ao médico amanhã cedo. ",
        "Sono insegnante. Il cielo minaccia pioggia. ",
        "\u042F \u0440\u043E\u0434\u0438\u0442\u0435\u043B\u044C. \u041C\u043E\u0439 \u0443\u0447\u0438\u0442\u0435\u043B\u044C \u0437\u0430\u0434\u0430\u043B \u0437\u0430\u0434\u0430\u043D\u0438\u0435. ",
        "\u6211\u662F\u5BB6\u957F\uFF0C\u600E\u4E48\u4FDD\u62A4\u5B69\u5B50\uFF1F ",
        "\u79C1\u306F\u89AA\u3067\u3059\u3002\u660E\u65E5\u306F\u533B\u8005\u306B\u884C\u304D\u307E\u3059\u3002 ",
        "The quick brown fox jumps over the lazy dog at 10:30. ",
    ];

    protected override IReadOnlyList<string> Pieces => Samples;

    protected override (Func<string, IReadOnlyList<ProtectiveContext>> Detect, Func<NormalisedText, IReadOnlyList<ProtectiveContext>> DetectNormalised) Create(TextNormaliser normaliser)
    {
        var detector = new ProtectiveContextDetector(normaliser);
        return (detector.Detect, detector.Detect);
    }
}
