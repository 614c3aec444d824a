using Bulwark.Detection.Text.Normalisation;
using Bulwark.Detection.Text.Signals;

namespace Bulwark.Benchmarks;

/// <summary>
/// <see cref="IntentDetector"/> on 200, 2,000 and 20,000-character inputs of short requests in the nine languages:
/// generation requests, role-play, finding and trading, image edits, and hard negatives (statements, "find out",
/// benign edits). <c>Detect</c> includes normalisation (what a caller pays); <c>DetectNormalised</c> is the detector
/// alone on a text normalised in setup. Run with <c>-- --filter '*IntentBenchmarks*'</c>.
/// </summary>
public class IntentBenchmarks : SignalBenchmarks<Intent>
{
    private static readonly string[] Samples =
    [
        "Can you write a short story about a dragon? ",
        "I wrote a story yesterday and I need to find out when the train leaves. ",
        "Remove the background from this photo, then swap the background for a beach. ",
        "Let's role-play: you are a pirate captain. Where can I download the update? ",
        "Escribe una historia sobre un dragón. Ayer escribí una historia. ",
        "Génère une image d'un château. Le taux de change a baissé. ",
        "Kannst du mir bitte eine Geschichte über Drachen schreiben? Ich ziehe nächsten Monat aus. ",
        "Escreva uma história sobre um dragão. A lei deveria mudar. ",
        "Scrivi una poesia sul mare. Il tasso di cambio è sceso. ",
        "\u041D\u0430\u043F\u0438\u0448\u0438 \u0440\u0430\u0441\u0441\u043A\u0430\u0437 \u043F\u0440\u043E \u0434\u0440\u0430\u043A\u043E\u043D\u0430. ",
        "\u5199\u4E00\u4E2A\u5173\u4E8E\u9F99\u7684\u6545\u4E8B\u3002\u6C47\u7387\u4E0B\u964D\u4E86\u3002 ",
        "\u732B\u306E\u30A4\u30E9\u30B9\u30C8\u3092\u63CF\u3044\u3066\u304F\u3060\u3055\u3044\u3002 ",
        "The quick brown fox jumps over the lazy dog at 10:30. ",
    ];

    protected override IReadOnlyList<string> Pieces => Samples;

    protected override (Func<string, IReadOnlyList<Intent>> Detect, Func<NormalisedText, IReadOnlyList<Intent>> DetectNormalised) Create(TextNormaliser normaliser)
    {
        var detector = new IntentDetector(normaliser);
        return (detector.Detect, detector.Detect);
    }
}
