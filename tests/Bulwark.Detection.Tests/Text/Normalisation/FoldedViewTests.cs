using Bulwark.Detection.Text.Normalisation;

namespace Bulwark.Detection.Tests.Text.Normalisation;

public sealed class FoldedViewTests
{
    private readonly TextNormaliser _normaliser = new();

    [Theory]
    [InlineData("h3ll0 w0rld", "hello world")]
    [InlineData("p@$$w0rd", "password")]
    [InlineData("l33t", "leet")]
    [InlineData("\u20ACasy", "easy")]
    public void Leetspeak_inside_words_folds_to_letters(string input, string expected)
    {
        Assert.Equal(expected, _normaliser.Normalise(input).Folded);
    }

    [Theory]
    [InlineData("i am 12", "i am 12")]
    [InlineData("in 2024 at 10:30", "in 2024 at 10:30")]
    [InlineData("12yo", "12yo")]
    [InlineData("the 2nd and 13th", "the 2nd and 13th")]
    [InlineData("costs $100", "costs $100")]
    public void Standalone_numbers_and_numbers_with_a_unit_keep_their_digits(string input, string expected)
    {
        Assert.Equal(expected, _normaliser.Normalise(input).Folded);
    }

    [Theory]
    [InlineData("h e l l o", "hello")]
    [InlineData("h.e.l.l.o", "hello")]
    [InlineData("h-e-l-l-o", "hello")]
    [InlineData("h - e - l - l - o", "hello")]
    [InlineData("say h_e_l_l_o now", "say hello now")]
    [InlineData("p.a.s.s.w.o.r.d", "password")]
    [InlineData("p 4 s s", "pass")]
    public void Three_or_more_spaced_out_letters_are_joined(string input, string expected)
    {
        Assert.Equal(expected, _normaliser.Normalise(input).Folded);
    }

    [Theory]
    [InlineData("a b test")]
    [InlineData("e.g. this")]
    [InlineData("1 2 3 go")]
    [InlineData("a, b, c")]
    [InlineData("h.e-l l")]
    public void Short_or_mixed_runs_of_single_characters_stay_apart(string input)
    {
        Assert.Equal(input, _normaliser.Normalise(input).Folded);
    }

    [Theory]
    [InlineData("hellooooo", "hello")]
    [InlineData("heeeello", "hello")]
    [InlineData("cool", "cool")]
    [InlineData("zzz", "z")]
    [InlineData("1000", "1000")]
    public void Runs_of_three_or_more_identical_letters_collapse_and_doubles_stay(string input, string expected)
    {
        Assert.Equal(expected, _normaliser.Normalise(input).Folded);
    }

    [Fact]
    public void Folding_applies_after_the_canonical_steps()
    {
        Assert.Equal("hello", _normaliser.Normalise("H\u200B3\uFF2C\uFF4C0").Folded);
    }
}
