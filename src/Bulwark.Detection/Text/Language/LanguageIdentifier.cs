using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Bulwark.Detection.Text.Language;

/// <summary>
/// Guesses which of the nine languages Bulwark's policy messages are written in a short text is in, so that a
/// prevention message can be shown in the user's language when the client sent no <c>Accept-Language</c>. Chinese,
/// Japanese and Russian are told by their scripts; English, Spanish, French, German, Portuguese and Italian by their
/// commonest function words, which even a one-line request contains. Returns null rather than guess: the caller then
/// falls back to the policy's default locale.
/// </summary>
/// <remarks>
/// Measured on the 1,182 labelled lines of tests/data/text/screening-*.jsonl (nine languages): see
/// LanguageIdentifierTests. Function words rather than character n-grams keep it a table a reviewer can read, and
/// need no model file; it is meant for choosing a message, not for analytics.
/// </remarks>
public static class LanguageIdentifier
{
    private static readonly FrozenDictionary<string, string[]> FunctionWords = new Dictionary<string, string[]>
    {
        ["en"] = ["the", "and", "is", "are", "to", "of", "you", "what", "how", "with", "for", "my", "i", "it", "this", "that", "can", "please", "me", "about", "your", "do", "in", "on", "be", "write", "tell", "help", "who", "where", "she", "he", "her", "his", "they", "was", "from", "an", "im", "dont", "not", "want", "like", "some", "send", "show", "make", "get"],
        ["es"] = ["el", "los", "las", "y", "es", "por", "para", "con", "una", "mi", "como", "qué", "cómo", "se", "del", "al", "pero", "muy", "está", "tengo", "quiero", "puedo", "hay", "sobre", "años", "niña", "niño", "yo", "tu", "su", "sus", "le", "lo", "escribe", "dónde", "ella", "él", "también", "nuestro", "cuando", "hijo", "hija", "ayuda", "esto", "eso"],
        ["fr"] = ["le", "les", "et", "est", "des", "une", "pour", "avec", "je", "vous", "mon", "ma", "comment", "ce", "pas", "du", "il", "elle", "qui", "dans", "sur", "au", "aux", "tu", "ton", "ta", "mes", "son", "sa", "ses", "ans", "écris", "fille", "garçon", "enfant", "mais", "très", "quoi", "où", "moi", "nous", "ils", "cette", "être", "fait", "peux", "veux", "j", "c", "qu", "l", "d", "n", "s"],
        ["de"] = ["der", "die", "das", "und", "ist", "nicht", "ich", "du", "ein", "eine", "mit", "für", "wie", "was", "zu", "den", "dem", "mein", "meine", "sie", "es", "auf", "einen", "einer", "von", "bitte", "schreib", "schreibe", "jahre", "jährige", "mädchen", "junge", "kind", "sich", "auch", "aber", "sehr", "wo", "wer", "mir", "mich", "dich", "dir", "ihr", "sein", "bin", "hat", "kann", "wird", "über", "im", "vom", "zum", "oder"],
        ["pt"] = ["os", "as", "e", "é", "um", "uma", "não", "meu", "minha", "como", "do", "da", "dos", "das", "em", "você", "voce", "no", "na", "com", "para", "por", "sobre", "anos", "menina", "menino", "criança", "escreva", "ele", "ela", "eu", "seu", "sua", "isso", "isto", "está", "tem", "quero", "posso", "também", "muito", "mas", "onde", "quem", "filho", "filha", "ajuda", "ao", "pra"],
        ["it"] = ["il", "lo", "gli", "che", "di", "è", "un", "una", "per", "con", "non", "mio", "mia", "come", "del", "della", "sono", "ho", "mi", "ti", "anni", "ragazza", "ragazzo", "bambina", "bambino", "scrivi", "lei", "lui", "io", "suo", "sua", "questo", "questa", "anche", "ma", "molto", "dove", "chi", "figlio", "figlia", "aiuto", "nel", "nella", "alla", "al", "sul", "cosa", "posso", "voglio", "ha", "i", "miei", "tuoi", "suoi", "le", "faccio", "fare"],
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, string[]> LanguagesOfWord = FunctionWords
        .SelectMany(language => language.Value.Select(word => (Word: word, Language: language.Key)))
        .GroupBy(pair => pair.Word, StringComparer.Ordinal)
        .ToFrozenDictionary(group => group.Key, group => group.Select(pair => pair.Language).ToArray(), StringComparer.Ordinal);

    /// <summary>How many words are looked at.</summary>
    private const int MaxWords = 64;

    /// <summary>How many characters the script check reads.</summary>
    private const int MaxScriptChars = 512;

    /// <summary>The ISO 639-1 code of <paramref name="text"/>'s language (en, es, fr, de, pt, it, ru, zh, ja), or null when unsure.</summary>
    public static string? Identify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ByScript(text) is { } scripted)
        {
            return scripted;
        }

        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        // The first words tell the language as well as all of them: a gateway asks this of every prompt.
        foreach (var word in Words(text).Take(MaxWords))
        {
            if (LanguagesOfWord.TryGetValue(word, out var languages))
            {
                // A word shared by several languages is weaker evidence for each.
                foreach (var language in languages)
                {
                    scores[language] = scores.GetValueOrDefault(language) + (1.0 / languages.Length);
                }
            }
        }

        var ranked = scores.OrderByDescending(score => score.Value).ToList();
        if (ranked.Count == 0 || ranked[0].Value < 1.0)
        {
            return null;
        }

        return ranked.Count == 1 || ranked[0].Value > ranked[1].Value ? ranked[0].Key : null;
    }

    /// <summary>Japanese when kana appear; Chinese for Han without kana; Russian for Cyrillic; when such letters are a fifth of all letters.</summary>
    private static string? ByScript(string text)
    {
        int letters = 0, kana = 0, han = 0, cyrillic = 0;
        foreach (var rune in text.AsSpan(0, Math.Min(text.Length, MaxScriptChars)).EnumerateRunes())
        {
            if (!Rune.IsLetter(rune))
            {
                continue;
            }

            letters++;
            var value = rune.Value;
            if (value is >= 0x3040 and <= 0x30FF or >= 0x31F0 and <= 0x31FF or >= 0xFF66 and <= 0xFF9F)
            {
                kana++;
            }
            else if (value is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x2A6DF)
            {
                han++;
            }
            else if (value is >= 0x0400 and <= 0x04FF)
            {
                cyrillic++;
            }
        }

        if (letters == 0)
        {
            return null;
        }

        var threshold = letters / 5.0;
        return kana > 0 && kana + han >= threshold ? "ja"
            : han >= threshold ? "zh"
            : cyrillic >= threshold ? "ru"
            : null;
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetter(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLower(CultureInfo.InvariantCulture);
                start = -1;
            }
        }
    }
}
