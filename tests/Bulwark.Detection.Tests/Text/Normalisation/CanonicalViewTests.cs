using Bulwark.Detection.Text.Normalisation;

namespace Bulwark.Detection.Tests.Text.Normalisation;

public sealed class CanonicalViewTests
{
    private readonly TextNormaliser _normaliser = new();

    [Theory]
    [InlineData("\uFB01ne", "fine")]
    [InlineData("\uFF28\uFF45\uFF4C\uFF4C\uFF4F", "hello")]
    [InlineData("\U0001D407\U0001D41E\U0001D425\U0001D425\U0001D428", "hello")]
    [InlineData("e\u0301t\u00E9", "\u00E9t\u00E9")]
    [InlineData("\u2460 and \u00BD", "1 and 1/2")]
    public void Compatibility_forms_become_their_nfkc_equivalent(string input, string expected)
    {
        Assert.Equal(expected, _normaliser.Normalise(input).Canonical);
    }

    [Theory]
    [InlineData("he\u200Bllo")]
    [InlineData("he\u200C\u200Dllo")]
    [InlineData("he\u2060llo")]
    [InlineData("hel\u00ADlo")]
    [InlineData("\uFEFFhello")]
    [InlineData("h\u202Ae\u202B\u202Cl\u202D\u202El\u2066\u2067\u2068o\u2069")]
    [InlineData("hel\uFE0Flo\U000E0100")]
    [InlineData("hel\U000E0041\U000E007Flo")]
    public void Invisible_and_format_characters_are_removed(string input)
    {
        Assert.Equal("hello", _normaliser.Normalise(input).Canonical);
    }

    [Theory]
    [InlineData("hello\u00A0world")]
    [InlineData("hello\u2003world")]
    [InlineData("hello\u3000world")]
    [InlineData("hello\u202Fworld")]
    public void Unusual_spaces_become_a_plain_space(string input)
    {
        Assert.Equal("hello world", _normaliser.Normalise(input).Canonical);
    }

    [Fact]
    public void Cyrillic_look_alikes_fold_to_latin_prototypes()
    {
        Assert.Equal("paypal", _normaliser.Normalise("p\u0430yp\u0430l").Canonical);
        Assert.Equal("paypal", _normaliser.Normalise("\u0420\u0410YPAL").Canonical);
    }

    [Fact]
    public void Greek_look_alikes_fold_to_latin_prototypes()
    {
        Assert.Equal("ok", _normaliser.Normalise("\u039F\u039A").Canonical);
    }

    [Fact]
    public void Upper_and_lower_case_of_a_non_latin_letter_reach_the_same_form()
    {
        Assert.Equal(_normaliser.Normalise("\u0412").Canonical, _normaliser.Normalise("\u0432").Canonical);
    }

    [Theory]
    [InlineData("I am 12", "i am 12")]
    [InlineData("Born in 2024", "born in 2024")]
    [InlineData("m1ll", "m1ll")]
    public void Ascii_is_only_lowercased_so_digits_and_letters_survive(string input, string expected)
    {
        Assert.Equal(expected, _normaliser.Normalise(input).Canonical);
    }

    [Fact]
    public void Chinese_japanese_and_emoji_pass_through()
    {
        const string Text = "\u4F60\u597D \u3053\u3093\u306B\u3061\u306F \U0001F600";
        Assert.Equal(Text, _normaliser.Normalise(Text).Canonical);
    }

    [Fact]
    public void Lone_surrogates_become_replacement_characters()
    {
        Assert.Equal("a\uFFFDb\uFFFD", _normaliser.Normalise("a\uD800b\uDC00").Canonical);
    }

    [Fact]
    public void Input_over_the_limit_is_truncated_and_flagged_without_splitting_a_surrogate_pair()
    {
        var normaliser = new TextNormaliser(new TextNormaliserOptions { MaxInputChars = 4 });

        var cut = normaliser.Normalise("abc\U0001F600def");

        Assert.True(cut.WasTruncated);
        Assert.Equal("abc", cut.Original);
        Assert.False(normaliser.Normalise("abcd").WasTruncated);
    }
}
