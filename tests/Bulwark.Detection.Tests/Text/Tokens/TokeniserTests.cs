using Bulwark.Detection.Text.Tokens;

namespace Bulwark.Detection.Tests.Text.Tokens;

public sealed class TokeniserTests
{
    private static string[] Tokens(string text)
    {
        var tokens = new Token[text.Length];
        var count = Tokeniser.Tokenise(text, tokens);
        return [.. tokens.Take(count).Select(token => $"{token.Kind}:{text.Substring(token.Start, token.Length)}")];
    }

    [Fact]
    public void Digits_and_letters_written_together_are_separate_tokens()
    {
        Assert.Equal(["Digits:12", "Word:yo"], Tokens("12yo"));
    }

    [Fact]
    public void Punctuation_and_spaces_separate_tokens_and_are_not_tokens()
    {
        Assert.Equal(["Digits:12", "Word:year", "Word:old"], Tokens("12-year-old!"));
    }

    [Fact]
    public void Each_cjk_character_is_a_token()
    {
        Assert.Equal(["Digits:12", "Cjk:歳", "Cjk:の", "Cjk:子", "Cjk:供"], Tokens("12歳の子供"));
    }

    [Fact]
    public void Combining_marks_stay_inside_their_word()
    {
        Assert.Equal(["Word:c\u0326a"], Tokens("c\u0326a"));
    }
}
