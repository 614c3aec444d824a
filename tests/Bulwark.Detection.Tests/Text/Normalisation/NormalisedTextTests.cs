using Bulwark.Detection.Text.Normalisation;

namespace Bulwark.Detection.Tests.Text.Normalisation;

public sealed class NormalisedTextTests
{
    private readonly TextNormaliser _normaliser = new();

    [Fact]
    public void Spans_around_a_removed_invisible_map_to_exactly_the_visible_characters()
    {
        var text = _normaliser.Normalise("he\u200Bllo");

        Assert.Equal("hello", text.Canonical);
        Assert.Equal(new TextSpan(1, 1), text.MapToOriginal(TextView.Canonical, 1, 1));
        Assert.Equal(new TextSpan(3, 1), text.MapToOriginal(TextView.Canonical, 2, 1));
        Assert.Equal(new TextSpan(0, 6), text.MapToOriginal(TextView.Canonical, 0, 5));
        Assert.Equal("llo", Slice(text, TextView.Canonical, 2, 3));
    }

    [Fact]
    public void Both_halves_of_an_nfkc_expansion_map_to_the_ligature()
    {
        var text = _normaliser.Normalise("\uFB01ne");

        Assert.Equal("fine", text.Canonical);
        Assert.Equal("\uFB01", Slice(text, TextView.Canonical, 0, 1));
        Assert.Equal("\uFB01", Slice(text, TextView.Canonical, 1, 1));
        Assert.Equal("ne", Slice(text, TextView.Canonical, 2, 2));
    }

    [Fact]
    public void A_surrogate_pair_maps_as_one_character()
    {
        var text = _normaliser.Normalise("a\U0001D407b");

        Assert.Equal("ahb", text.Canonical);
        Assert.Equal("\U0001D407", Slice(text, TextView.Canonical, 1, 1));
        Assert.Equal("a\U0001D407b", Slice(text, TextView.Canonical, 0, 3));
    }

    [Fact]
    public void A_composed_character_maps_to_its_base_and_combining_mark()
    {
        var text = _normaliser.Normalise("caf\u0065\u0301!");

        Assert.Equal("caf\u00E9!", text.Canonical);
        Assert.Equal("e\u0301", Slice(text, TextView.Canonical, 3, 1));
        Assert.Equal("!", Slice(text, TextView.Canonical, 4, 1));
    }

    [Fact]
    public void Joined_letters_map_to_the_whole_spaced_out_word()
    {
        var text = _normaliser.Normalise("say H\u200B e l l o!");

        Assert.Equal("say hello!", text.Folded);
        Assert.Equal("H\u200B e l l o", Slice(text, TextView.Folded, 4, 5));
        Assert.Equal("l", Slice(text, TextView.Folded, 6, 1));
    }

    [Fact]
    public void A_collapsed_letter_run_maps_to_the_whole_run()
    {
        var text = _normaliser.Normalise("hellooooo there");

        Assert.Equal("hello there", text.Folded);
        Assert.Equal("ooooo", Slice(text, TextView.Folded, 4, 1));
        Assert.Equal("there", Slice(text, TextView.Folded, 6, 5));
    }

    [Fact]
    public void Leet_folded_characters_map_to_the_digits_written()
    {
        var text = _normaliser.Normalise("H3LL0");

        Assert.Equal("hello", text.Folded);
        Assert.Equal("3", Slice(text, TextView.Folded, 1, 1));
    }

    [Fact]
    public void Text_that_needs_no_change_shares_one_string_across_views_and_maps_to_itself()
    {
        var text = _normaliser.Normalise("plain words, 12 of them.");

        Assert.Same(text.Original, text.Canonical);
        Assert.Same(text.Original, text.Folded);
        Assert.Equal(new TextSpan(13, 2), text.MapToOriginal(TextView.Folded, 13, 2));
    }

    [Fact]
    public void Empty_spans_map_to_a_position()
    {
        var text = _normaliser.Normalise("a\u200Bb");

        Assert.Equal(new TextSpan(2, 0), text.MapToOriginal(TextView.Canonical, 1, 0));
        Assert.Equal(new TextSpan(3, 0), text.MapToOriginal(TextView.Canonical, 2, 0));
        Assert.Equal(new TextSpan(1, 0), text.MapToOriginal(TextView.Original, 1, 0));
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(0, 6)]
    [InlineData(6, 0)]
    [InlineData(2, -1)]
    public void Spans_outside_the_view_are_rejected(int start, int length)
    {
        var text = _normaliser.Normalise("hello");
        Assert.Throws<ArgumentOutOfRangeException>(() => text.MapToOriginal(TextView.Canonical, start, length));
    }

    [Theory]
    [InlineData("p\u0430yp\u0430l \uFB01ne H3LL0 h.e.l.l.o \u200B\u200B x\u0301\u0302 \U0001F600\uFE0F \u00BD")]
    [InlineData("\u0301\u200Bstart with a mark")]
    [InlineData("\uD800 lone \uDC00 surrogates \uDBFF")]
    public void Every_character_of_every_view_maps_to_a_non_empty_ordered_span_of_the_original(string input)
    {
        var text = _normaliser.Normalise(input);

        foreach (var view in new[] { TextView.Canonical, TextView.Folded })
        {
            var previous = 0;
            for (var i = 0; i < text.Get(view).Length; i++)
            {
                var span = text.MapToOriginal(view, i, 1);
                Assert.True(span.Length > 0, $"{view}[{i}] maps to an empty span");
                Assert.True(span.Start >= previous || view == TextView.Folded, $"{view}[{i}] goes backwards");
                Assert.InRange(span.End, 1, input.Length);
                previous = span.Start;
            }
        }
    }

    private static string Slice(NormalisedText text, TextView view, int start, int length)
    {
        var span = text.MapToOriginal(view, start, length);
        return text.Original.Substring(span.Start, span.Length);
    }
}
