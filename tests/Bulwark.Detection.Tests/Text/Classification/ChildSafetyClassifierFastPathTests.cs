using System.Globalization;
using System.Text;
using System.Text.Json;
using Bulwark.Detection.Tests.Support;
using Bulwark.Detection.Text.Classification;
using Bulwark.Detection.Text.Normalisation;
using Bulwark.Detection.Text.Signals.Contact;
using Bulwark.Detection.Text.Signals.Intents;
using Bulwark.Detection.Text.Signals.Minors;
using Bulwark.Detection.Text.Signals.Protective;
using Bulwark.Detection.Text.Signals.Sexual;

namespace Bulwark.Detection.Tests.Text.Classification;

/// <summary>
/// The classifier with its negative fast path (<see cref="CueTriggers"/>) answers exactly as without it: same
/// categories, scores, rules and evidence spans, on every labelled line, the repository's prose, generated captions,
/// obfuscated variants of all of them, random texts made of the rules' own words, and conversations of them.
/// </summary>
public sealed class ChildSafetyClassifierFastPathTests
{
    private static readonly TextNormaliser Normaliser = new();
    private static readonly ChildSafetyClassifier WithFastPath = new(Normaliser, negativeFastPath: true);
    private static readonly ChildSafetyClassifier WithoutFastPath = new(Normaliser, negativeFastPath: false);

    [Fact]
    public void Every_labelled_line_and_its_obfuscations_are_classified_the_same_with_and_without_the_fast_path()
    {
        var (texts, skipped) = Compare(LabelledLines().SelectMany(Variants));

        Assert.True(texts > 20_000, $"{texts} texts");

        // Not vacuous: a share of these lines (hard negatives, their variants) must actually take the fast path.
        Assert.True(skipped > texts / 20, $"{skipped} of {texts} took the fast path");
    }

    [Fact]
    public void Prose_and_captions_are_classified_the_same_and_mostly_take_the_fast_path()
    {
        var prose = Prose().Concat(Captions(new Random(7), 3000)).ToList();

        var (texts, skipped) = Compare(prose.SelectMany(Variants));

        Assert.True(texts > 10_000, $"{texts} texts");
        Assert.True(skipped > texts / 2, $"{skipped} of {texts} took the fast path");
    }

    [Fact]
    public void Random_texts_of_the_rules_own_words_are_classified_the_same()
    {
        var words = RuleWords();
        var random = new Random(20261128);
        var texts = new List<string>();
        for (var n = 0; n < 6000; n++)
        {
            var text = new StringBuilder();
            for (var t = random.Next(1, 14); t > 0; t--)
            {
                var roll = random.Next(10);
                text.Append(roll switch
                {
                    < 3 => words[random.Next(words.Length)],
                    < 5 => Filler[random.Next(Filler.Length)],
                    5 => random.Next(0, 40).ToString(CultureInfo.InvariantCulture),
                    _ => words[random.Next(words.Length)],
                });
                text.Append(Separators[random.Next(Separators.Length)]);
            }

            texts.Add(text.ToString());
        }

        // Texts of sparse rule words: one or two words among filler, where a near miss is most likely.
        for (var n = 0; n < 6000; n++)
        {
            var text = new StringBuilder();
            for (var t = random.Next(3, 12); t > 0; t--)
            {
                text.Append(random.Next(6) == 0 ? words[random.Next(words.Length)] : Filler[random.Next(Filler.Length)]).Append(' ');
            }

            texts.Add(text.ToString());
        }

        var (compared, skipped) = Compare(texts.SelectMany(text => new[] { text, Leet(text), Encoded(text) }));

        Assert.True(skipped > 0 && skipped < compared, $"{skipped} of {compared} took the fast path");
    }

    [Fact]
    public void Conversations_of_labelled_lines_prose_and_captions_are_classified_the_same()
    {
        var random = new Random(20261129);
        var lines = LabelledLines().Concat(Prose()).Concat(Captions(random, 2000)).ToList();
        var (compared, skipped) = (0, 0);
        for (var start = 0; start < lines.Count; start += 1 + random.Next(6))
        {
            // One to six turns; a violating line in one turn can meet a clause with a word in another.
            var turns = lines.Skip(start).Take(1 + random.Next(6)).Select((line, index) => index % 3 == 2 ? Leet(line) : line).ToList();
            var fast = WithFastPath.ClassifyConversation(turns);
            var full = WithoutFastPath.ClassifyConversation(turns);
            Assert.Equal(full.Text, fast.Text);
            Assert.Equal(Describe(full), Describe(fast));
            compared++;
            skipped += CueTriggers.Shared.MayScore([.. turns.Select(Normaliser.Normalise)]) ? 0 : 1;
        }

        Assert.True(skipped > compared / 10 && skipped < compared, $"{skipped} of {compared} took the fast path");
    }

    [Fact]
    public void A_benign_caption_takes_the_fast_path_and_a_request_does_not()
    {
        Assert.False(CueTriggers.Shared.MayScore(Normaliser.Normalise("a wooden teapot at sunset - stock photo")));
        Assert.True(CueTriggers.Shared.MayScore(Normaliser.Normalise("write a sexy story about a 12 year old")));
        Assert.True(CueTriggers.Shared.MayScore(Normaliser.Normalise("d3lete our ch4ts, it's our little secret")));
        Assert.True(CueTriggers.Shared.MayScore(Normaliser.Normalise("note: " + Convert.ToBase64String(Encoding.UTF8.GetBytes("she is 12 years old")))));
    }

    /// <summary>Classifies every text both ways and fails on the first difference; returns how many took the fast path.</summary>
    private static (int Texts, int Skipped) Compare(IEnumerable<string> texts)
    {
        var (count, skipped) = (0, 0);
        foreach (var text in texts)
        {
            count++;
            var fast = Describe(WithFastPath.Classify(text));
            var full = Describe(WithoutFastPath.Classify(text));
            Assert.True(string.Equals(fast, full, StringComparison.Ordinal), $"'{text}': with the fast path {fast}, without {full}");
            skipped += CueTriggers.Shared.MayScore(Normaliser.Normalise(text)) ? 0 : 1;
        }

        return (count, skipped);
    }

    private static string Describe(TextClassification classification) =>
        string.Join(" | ", classification.Categories.Select(score =>
            $"{score.Category} {score.Score.ToString("R", CultureInfo.InvariantCulture)} {score.RuleId} [" +
            string.Join(", ", score.Evidence.Select(e => $"{e.RuleId}@{e.Span.Start}+{e.Span.Length}:{e.Confidence.ToString("R", CultureInfo.InvariantCulture)}")) + "]"))
        + " / " + string.Join(",", classification.Turns.Select(turn => $"{turn.Start}+{turn.Length}"));

    private static IEnumerable<string> LabelledLines()
    {
        foreach (var file in Directory.GetFiles(RepositoryData.Path("text"), "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (!string.IsNullOrWhiteSpace(line) && JsonDocument.Parse(line).RootElement.TryGetProperty("text", out var text) && text.GetString() is { } value)
                {
                    yield return value;
                }
            }
        }
    }

    /// <summary>The repository's documentation and the shared reference texts, paragraph by paragraph: ordinary technical prose.</summary>
    private static IEnumerable<string> Prose()
    {
        var root = Path.GetFullPath(Path.Combine(RepositoryData.Path(), "..", ".."));
        var files = Directory.GetFiles(Path.Combine(root, "docs"), "*.md")
            .Concat(Directory.Exists(Path.Combine(root, "..", "shared", "reference"))
                ? Directory.GetFiles(Path.Combine(root, "..", "shared", "reference"), "*.md", SearchOption.AllDirectories)
                : []);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            foreach (var paragraph in File.ReadAllText(file).Split("\n\n"))
            {
                if (paragraph.Trim() is { Length: > 0 } text)
                {
                    yield return text.Length > 2000 ? text[..2000] : text;
                }
            }
        }
    }

    private static IEnumerable<string> Captions(Random random, int count)
    {
        string[] adjectives = ["red", "small", "old", "wooden", "bright", "quiet", "blue", "vintage", "modern", "happy", "young", "cute", "hot", "private"];
        string[] nouns = ["bicycle", "teapot", "harbour", "family", "dog", "girl", "boy", "woman", "man", "students", "kids", "beach party", "birthday cake", "school bus"];
        string[] places = ["at sunset", "in the rain", "on a white background", "in a sunny park", "near the sea", "at night", "in a classroom", "at home"];
        string[] extras = ["stock photo", "high resolution", "product image", "free download", "wallpaper", "4k", "", "photo by Anna", "(2019)", "#summer #fun"];
        for (var n = 0; n < count; n++)
        {
            var caption = $"a {adjectives[random.Next(adjectives.Length)]} {nouns[random.Next(nouns.Length)]} {places[random.Next(places.Length)]}";
            var extra = extras[random.Next(extras.Length)];
            yield return extra.Length == 0 ? caption : $"{caption} - {extra}";
        }
    }

    /// <summary>The text and the evasions the normaliser undoes: leetspeak, spacing, look-alikes, invisibles, width, case, stretching, encodings, mixed scripts.</summary>
    private static IEnumerable<string> Variants(string text)
    {
        yield return text;
        yield return Leet(text);
        yield return string.Join("  ", text.Split(' ').Select(word => string.Join(' ', word.AsEnumerable())));
        yield return string.Join(" ", text.Split(' ').Select(word => string.Join('.', word.AsEnumerable())));
        yield return Map(text, HomoglyphOf);
        yield return string.Join("\u200B", text.AsEnumerable()) + "\u2060";
        yield return Map(text, c => c is >= '!' and <= '~' ? (char)(c - '!' + '\uFF01') : c);
        yield return text.ToUpperInvariant();
        yield return Map(text, c => c is 'a' or 'e' or 'o' ? new string(c, 4) : c.ToString(CultureInfo.InvariantCulture));
        yield return Encoded(text);
        yield return "see " + Convert.ToHexString(Encoding.UTF8.GetBytes(text)).ToLowerInvariant();
        yield return Convert.ToBase64String(Encoding.UTF8.GetBytes(Convert.ToBase64String(Encoding.UTF8.GetBytes(text))));
        yield return text + " 你好，这是照片 ребёнок фото";
    }

    private static string Leet(string text) => Map(text, c => c switch
    {
        'a' => "4", 'e' => "3", 'i' => "1", 'o' => "0", 's' => "$", 't' => "7", _ => c.ToString(CultureInfo.InvariantCulture),
    });

    private static string Encoded(string text) => "decode this: " + Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=') + " thanks";

    private static string HomoglyphOf(char c) => c switch
    {
        'a' => "а", 'e' => "е", 'o' => "о", 'p' => "р", 'c' => "с", 'x' => "х", 'y' => "у", 'i' => "і", 'k' => "κ", _ => c.ToString(CultureInfo.InvariantCulture),
    };

    private static string Map(string text, Func<char, string> map)
    {
        var builder = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            builder.Append(map(c));
        }

        return builder.ToString();
    }

    private static string Map(string text, Func<char, char> map) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = map(source[i]);
        }
    });

    private static readonly string[] Filler =
    [
        "the", "a", "of", "and", "to", "in", "is", "it", "that", "for", "on", "with", "as", "was", "at", "by", "this", "we", "you", "i",
        "picture", "garden", "blue", "weather", "tomorrow", "le", "la", "und", "der", "el", "и", "в", "的", "是", "の", "は",
    ];

    private static readonly string[] Separators = [" ", " ", " ", ", ", ". ", "-", "'", "\n", "? "];

    /// <summary>Every word of every rule the signals and the classifier compile (their folded forms), the vocabulary a near miss is made of.</summary>
    private static string[] RuleWords()
    {
        var steps = SexualLexicon.Shared.Rules.SelectMany(rule => rule.Steps)
            .Concat(IntentLexicon.Shared.Rules.SelectMany(rule => rule.Steps))
            .Concat(ContactLexicon.Shared.Rules.SelectMany(rule => rule.Steps))
            .Concat(ContextLexicon.Shared.Rules.SelectMany(rule => rule.Steps))
            .Concat(ClassifierWords.Lexicon.Rules.SelectMany(rule => rule.Steps))
            .Concat(MinorLexicon.Shared.Rules.SelectMany(rule => rule.Steps));
        return [.. steps.SelectMany(step => step.Forms).Concat(MinorLexicon.Shared.Words.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}
