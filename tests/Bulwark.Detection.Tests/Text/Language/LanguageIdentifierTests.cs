using System.Text.Json.Nodes;
using Bulwark.Detection.Tests.Support;
using Bulwark.Detection.Text.Language;
using Xunit.Abstractions;

namespace Bulwark.Detection.Tests.Text.Language;

public sealed class LanguageIdentifierTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("How do I make pancakes for my kids?", "en")]
    [InlineData("¿Cómo hago tortitas para mis hijos?", "es")]
    [InlineData("Comment faire des crêpes pour mes enfants ?", "fr")]
    [InlineData("Wie mache ich Pfannkuchen für meine Kinder?", "de")]
    [InlineData("Como faço panquecas para os meus filhos?", "pt")]
    [InlineData("Come faccio i pancake per i miei figli?", "it")]
    [InlineData("Как приготовить блины для детей?", "ru")]
    [InlineData("怎么给孩子做煎饼？", "zh")]
    [InlineData("子どものためにパンケーキを作るには？", "ja")]
    public void Names_each_of_the_nine_languages(string text, string language) =>
        Assert.Equal(language, LanguageIdentifier.Identify(text));

    [Theory]
    [InlineData("")]
    [InlineData("12345 !!! ???")]
    [InlineData("Pfannkuchen")]
    public void Says_nothing_rather_than_guess(string text) => Assert.Null(LanguageIdentifier.Identify(text));

    /// <summary>
    /// Every labelled line of the six screening sets (nine languages, mostly one-sentence requests). A wrong guess shows
    /// a message in the wrong language; no guess shows the default (English) one, so wrong guesses are counted apart.
    /// </summary>
    [Fact]
    public void On_the_labelled_screening_sets_it_is_right_nine_times_in_ten_and_rarely_wrong()
    {
        int total = 0, right = 0, wrong = 0;
        foreach (var set in new[] { "dev", "fresh", "check", "check2", "check3", "check4" })
        {
            foreach (var line in File.ReadLines(RepositoryData.Path("text", $"screening-{set}.jsonl")))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var item = JsonNode.Parse(line)!;
                var guess = LanguageIdentifier.Identify(item["text"]!.GetValue<string>());
                total++;
                if (guess == item["lang"]!.GetValue<string>())
                {
                    right++;
                }
                else if (guess is not null)
                {
                    wrong++;
                }
            }
        }

        output.WriteLine($"{total} lines: {right} right ({(double)right / total:P1}), {wrong} wrong ({(double)wrong / total:P1}), {total - right - wrong} unsure");
        Assert.True(right >= 0.90 * total, $"{right} of {total} right");
        Assert.True(wrong <= 0.03 * total, $"{wrong} of {total} wrong");
    }
}
