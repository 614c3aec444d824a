using System.Buffers;
using Bulwark.Detection.Text.Normalisation;
using Bulwark.Detection.Text.Signals.Minors;
using Bulwark.Detection.Text.Signals.Phrases;

namespace Bulwark.Detection.Text.Classification;

/// <summary>
/// Kin and school words that often, but not always, name a minor: "my niece", "stepdaughter", "classmate", "student",
/// "sobrina", "Mitschülerin", "одноклассница", "同学", "同級生". The minor indicators leave them out because adults are
/// daughters and students too; the scorer lends them <see cref="CategoryScorer.YoungPersonAsMinor"/> where the act
/// itself targets real young people (undressing a classmate's photo, grooming a niece).
/// </summary>
internal static class YoungPersonWords
{
    private static readonly YoungPersonSpec[] Rules =
    [
        new("young_person.en", "en", "niece|nieces|nephew|nephews|stepdaughter|stepson|daughter|daughters|son|sons|little sister|little brother|" +
            "classmate|classmates|schoolmate|schoolmates|student|students|pupil|pupils|babysitter")
        {
            NextVeto = "in law|in-law|of a|of the|of god",
        },
        new("young_person.es", "es", "sobrina|sobrino|hijastra|hijastro|hija|hijo|hermanita|hermanito|compañera de clase|compañero de clase|compañeras de clase|alumna|alumno|alumnas|alumnos|estudiante|estudiantes"),
        new("young_person.fr", "fr", "nièce|neveu|ma fille|mon fils|belle fille|petite sœur|petite soeur|petit frère|camarade de classe|camarades de classe|élève|élèves"),
        new("young_person.de", "de", "nichte|neffe|stieftochter|stiefsohn|tochter|sohn|kleine schwester|kleiner bruder|mitschülerin|mitschüler|schülerin|schüler|schülerinnen"),
        new("young_person.pt", "pt", "sobrinha|sobrinho|enteada|enteado|filha|filho|irmãzinha|irmãozinho|colega de classe|colega de turma|aluna|aluno|alunas|alunos"),
        new("young_person.it", "it", "nipote|figliastra|figliastro|figlia|figlio|sorellina|fratellino|compagna di classe|compagno di classe|alunna|alunno|studentessa|studentesse"),
        new("young_person.ru", "ru", "племянниц*|племянник*|падчериц*|пасын*|дочь|дочка|дочку|дочери|сын|сына|сестрёнк*|сестренк*|братик*|одноклассниц*|однокласснику|одноклассник*|ученица|ученицу|ученик|ученика"),
        new("young_person.zh", "zh", "侄女|外甥女|继女|女儿|儿子|同学|女同学|学生|妹妹|弟弟"),
        new("young_person.ja", "ja", "姪|甥|娘|息子|同級生|クラスメイト|生徒|妹|弟"),
    ];

    private static readonly Lazy<PhraseLexicon<YoungPersonSpec>> Lexicon = new(() => new PhraseLexicon<YoungPersonSpec>(Rules));

    /// <summary>The young-person words of <paramref name="text"/>'s folded view as cues.</summary>
    public static void Collect(NormalisedText text, List<Cue> cues)
    {
        var view = text.Folded;
        var rented = ArrayPool<Token>.Shared.Rent(Math.Max(view.Length, 1));
        try
        {
            var count = Tokeniser.Tokenise(view, rented);
            var scan = new PhraseScan<YoungPersonSpec>(view, rented.AsSpan(0, count), Lexicon.Value);
            var hits = new List<PhraseHit<YoungPersonSpec>>();
            scan.Collect(hits);
            foreach (var hit in hits)
            {
                cues.Add(new Cue(SignalFamily.YoungPerson, 0, CategoryScorer.YoungPersonAsMinor, scan.Map(text, hit.First, hit.Last), hit.Spec.Id));
            }
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(rented);
        }
    }
}
