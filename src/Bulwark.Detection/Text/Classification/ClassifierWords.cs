using System.Buffers;
using Bulwark.Detection.Text.Normalisation;
using Bulwark.Detection.Text.Signals;
using Bulwark.Detection.Text.Signals.Minors;
using Bulwark.Detection.Text.Signals.Phrases;

namespace Bulwark.Detection.Text.Classification;

/// <summary>
/// Words that matter only in combination, so they belong to the classifier rather than to a signal of their own:
/// <list type="bullet">
/// <item><b>young persons</b>: kin and school words that often, but not always, name a minor ("my niece",
/// "classmate", "sobrina", "Mitschülerin", "одноклассница", "同学", "同級生"). The minor indicators leave them out because
/// adults are daughters and students too; the scorer counts them where the act itself targets real young people
/// (undressing a classmate's photo, grooming a niece), never to sexualise.</item>
/// <item><b>attraction</b>: words of desire that are unremarkable about adults and sexualising about children ("hot",
/// "turns me on", "gostosa", "heißesten", "诱人", "そそる"). They are <see cref="SexualIndicatorKind.Sexual"/> cues of
/// modest confidence, so they count only next to a minor.</item>
/// <item><b>imagery</b>: words for pictures and videos as things to have ("pics", "videos", "fotos", "照片"), which make
/// trading "pics of underage girls" an acquisition without a sexual word.</item>
/// </list>
/// </summary>
internal static class ClassifierWords
{
    private const int Sexual = (int)SexualIndicatorKind.Sexual;

    private static readonly WordSpec[] Rules =
    [
        Young("en", "niece|nieces|nephew|nephews|stepdaughter|stepson|daughter|daughters|son|sons|little sister|little brother|" +
            "classmate|classmates|schoolmate|schoolmates|student|students|pupil|pupils|babysitter", nextVeto: "in law|in-law|of a|of the|of god"),
        Young("es", "sobrina|sobrino|hijastra|hijastro|hija|hijo|hermanita|hermanito|compañera de clase|compañero de clase|compañeras de clase|alumna|alumno|alumnas|alumnos|estudiante|estudiantes"),
        Young("fr", "nièce|neveu|ma fille|mon fils|belle fille|petite sœur|petite soeur|petit frère|camarade de classe|camarades de classe|élève|élèves"),
        Young("de", "nichte|neffe|stieftochter|stiefsohn|tochter|sohn|kleine schwester|kleiner bruder|mitschülerin|mitschüler|schülerin|schüler"),
        Young("pt", "sobrinha|sobrinho|enteada|enteado|filha|filho|irmãzinha|irmãozinho|colega de classe|colega de turma|colega de sala|aluna|aluno|alunas|alunos"),
        Young("it", "nipote|figliastra|figliastro|figlia|figlio|sorellina|fratellino|compagna di classe|compagno di classe|alunna|alunno|studentessa|studentesse"),
        Young("ru", "племянниц*|племянник*|падчериц*|пасын*|дочь|дочка|дочку|дочери|сын|сына|сестрёнк*|сестренк*|братик*|одноклассниц*|одноклассник*|ученица|ученицу|ученик|ученика"),
        Young("zh", "侄女|外甥女|继女|女儿|儿子|同学|女同学|学生|妹妹|弟弟"),
        Young("ja", "姪|甥|娘|息子|同級生|クラスメイト|生徒|妹|弟"),

        Imagery("en", "pic|pics|picture|pictures|photo|photos|video|videos|vids|images|content|folder|folders|collection|collections|material|files|links"),
        Imagery("es", "foto|fotos|video|videos|vídeos|imágenes|imagenes|contenido|material|colección|carpetas|enlaces"),
        Imagery("fr", "photo|photos|vidéo|vidéos|video|videos|images|contenu|contenus|collection|dossiers|liens"),
        Imagery("de", "foto|fotos|bild|bilder|video|videos|inhalte|material|sammlung|ordner|links"),
        Imagery("pt", "foto|fotos|vídeo|vídeos|video|videos|imagens|conteúdo|conteudo|material|coleção|colecao|pastas|links"),
        Imagery("it", "foto|video|immagini|contenuti|materiale|collezione|cartelle|link"),
        Imagery("ru", "фото|фотки|фотк*|видео|картинк*|контент|материал*|коллекци*|ссылк*"),
        Imagery("zh", "照片|图片|视频|资源|影片|合集"),
        Imagery("ja", "写真|画像|動画|映像|素材"),

        Attraction("en", 0.4, "hot|sizzling", nextVeto: "chocolate|dog|dogs|water|day|days|weather|summer|food|meal|tea|coffee|topic|topics|spot|spots|spring|sauce|pepper|peppers|wheels|tub|pink|air|bath|shower|temper|potato|seat|fever|flash|flashes|line|spell"),
        Attraction("en", 0.55, "hottest|attractive|most attractive|so attractive|desirable|tempting|irresistible", nextVeto: "day|days|price|prices|offer|offers|deal|deals|option|options|summer|year|years|topic|trend|trends|stock|stocks"),
        Attraction("en", 0.75, "turn on|turn-on|turns me on|turned on|turning me on|aroused|arousing"),
        Attraction("es", 0.5, "atractiva|atractivas|atractivo|atractivos|buenísima|buenisima|buenísimas|está buena|esta buena|están buenas|estan buenas"),
        Attraction("es", 0.75, "me excita|me excitan|me pone cachondo|me ponen cachondo|cachonda|cachondas"),
        Attraction("fr", 0.5, "attirante|attirantes|bonne|bonnes|canon|bandante|bandantes", prevVeto: "très|tres|la|une|de|en|si|plus|bien|assez", nextVeto: "nuit|journée|journee|chance|année|annee|idée|idee|santé|sante|réponse|reponse|mère|mere|note|notes|soirée|soiree|qualité|qualite|heure|foi|humeur"),
        Attraction("fr", 0.75, "m excite|m excitent|excitante|excitantes"),
        Attraction("de", 0.5, "heiß|heiss|heiße|heisse|heißeste|heißesten|am heißesten|attraktiv|attraktive|attraktiven|scharf", nextVeto: "wasser|tee|kaffee|essen|sommer|tag|tage|wetter|thema|sauce|soße|eisen"),
        Attraction("de", 0.75, "macht mich an|machen mich an|erregt mich|erregen mich|erregend"),
        Attraction("pt", 0.7, "gostosa|gostosas|gostosinha|gostosinhas|gostoso|gostosos"),
        Attraction("pt", 0.5, "atraente|atraentes"),
        Attraction("pt", 0.75, "me excita|me excitam|tesão|tesao|tesuda|tesudas"),
        Attraction("it", 0.6, "figa|fighe|bona|bone|gnocca|gnocche"),
        Attraction("it", 0.5, "attraente|attraenti"),
        Attraction("it", 0.75, "mi eccita|mi eccitano|arrapante|arrapanti"),
        Attraction("ru", 0.45, "горяч*|привлекательн*|аппетитн*"),
        Attraction("ru", 0.75, "возбужда*|заводят|заводит меня"),
        Attraction("zh", 0.7, "诱人|好诱人|撩人|勾人"),
        Attraction("zh", 0.5, "好辣|很辣|火辣"),
        Attraction("ja", 0.7, "そそる|そそられる|興奮する|ムラムラ"),
    ];

    private static readonly Lazy<PhraseLexicon<WordSpec>> Lexicon = new(() => new PhraseLexicon<WordSpec>(Rules));

    /// <summary>Adds the classifier's own words found in <paramref name="text"/>'s folded view to <paramref name="cues"/>.</summary>
    public static void Collect(NormalisedText text, List<Cue> cues)
    {
        var view = text.Folded;
        var rented = ArrayPool<Token>.Shared.Rent(Math.Max(view.Length, 1));
        try
        {
            var count = Tokeniser.Tokenise(view, rented);
            var scan = new PhraseScan<WordSpec>(view, rented.AsSpan(0, count), Lexicon.Value);
            var hits = new List<PhraseHit<WordSpec>>();
            scan.Collect(hits);
            PhraseHit<WordSpec>? previous = null;
            foreach (var hit in hits)
            {
                // A word shared by several languages' lists ("videos") is one cue.
                if (previous is { } p && p.First == hit.First && p.Last == hit.Last && p.Spec.Family == hit.Spec.Family && p.Spec.Kind == hit.Spec.Kind)
                {
                    continue;
                }

                previous = hit;
                cues.Add(new Cue(hit.Spec.Family, hit.Spec.Kind, hit.Spec.Confidence, scan.Map(text, hit.First, hit.Last), hit.Spec.Id));
            }
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(rented);
        }
    }

    private static WordSpec Young(string language, string pattern, string? nextVeto = null) =>
        new($"young_person.{language}", language, SignalFamily.YoungPerson, 0, CategoryScorer.YoungPersonAsMinor, pattern) { NextVeto = nextVeto };

    private static WordSpec Imagery(string language, string pattern) =>
        new($"imagery.{language}", language, SignalFamily.Imagery, 0, 0.6, pattern);

    private static WordSpec Attraction(string language, double confidence, string pattern, string? prevVeto = null, string? nextVeto = null) =>
        new($"attraction.{language}", language, SignalFamily.Sexual, Sexual, confidence, pattern) { PrevVeto = prevVeto, NextVeto = nextVeto };
}
