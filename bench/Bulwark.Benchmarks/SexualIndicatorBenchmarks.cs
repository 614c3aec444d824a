using Bulwark.Detection.Text.Normalisation;
using Bulwark.Detection.Text.Signals;

namespace Bulwark.Benchmarks;

/// <summary>
/// <see cref="SexualIndicatorDetector"/> on 200, 2,000 and 20,000-character inputs of short sentences in the nine
/// languages: sexual words, nudity, material, romance, sexual health and education, and hard negatives (the naked eye,
/// "sex" on a form, "cp -r", katakana words that contain "エロ" or "ロリ"). <c>Detect</c> includes normalisation (what
/// a caller pays); <c>DetectNormalised</c> is the detector alone on a text normalised in setup. Run with
/// <c>-- --filter '*SexualIndicator*'</c>.
/// </summary>
public class SexualIndicatorBenchmarks : SignalBenchmarks<SexualIndicator>
{
    private static readonly string[] Samples =
    [
        "Write a sexy story and send nudes. ",
        "We teach puberty and sex education; the comet is visible to the naked eye. ",
        "Sex: male. Run cp -r src dst to copy the folder. ",
        "My girlfriend and I went on a date last night. ",
        "Una historia erótica; clase de educación sexual. ",
        "Sortir avec ma copine; il marchait pieds nus. ",
        "Sexualkunde in der sechsten Klasse, die nackten Zahlen. ",
        "Aula de educação sexual; vamos jogar uma pelada. ",
        "Lezione di educazione sessuale, visibile a occhio nudo. ",
        "\u0423\u0440\u043E\u043A \u043F\u043E\u043B\u043E\u0432\u043E\u0433\u043E \u0432\u043E\u0441\u043F\u0438\u0442\u0430\u043D\u0438\u044F, \u0434\u043E \u0441\u0432\u0438\u0434\u0430\u043D\u0438\u044F. ",
        "\u5B66\u6821\u5F00\u8BBE\u6027\u6559\u80B2\u8BFE\u7A0B\uFF0C\u7528\u88F8\u773C\u5C31\u80FD\u770B\u5230\u3002 ",
        "\u30BB\u30ED\u30EA\u3068\u30AB\u30ED\u30EA\u30FC\u3001\u601D\u6625\u671F\u306B\u3064\u3044\u3066\u3002 ",
        "The quick brown fox jumps over the lazy dog at 10:30. ",
    ];

    protected override IReadOnlyList<string> Pieces => Samples;

    protected override (Func<string, IReadOnlyList<SexualIndicator>> Detect, Func<NormalisedText, IReadOnlyList<SexualIndicator>> DetectNormalised) Create(TextNormaliser normaliser)
    {
        var detector = new SexualIndicatorDetector(normaliser);
        return (detector.Detect, detector.Detect);
    }
}
