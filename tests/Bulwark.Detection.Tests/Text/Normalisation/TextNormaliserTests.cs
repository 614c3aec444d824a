using Bulwark.Detection.Text.Normalisation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bulwark.Detection.Tests.Text.Normalisation;

public sealed class TextNormaliserTests
{
    private readonly TextNormaliser _normaliser = new();

    /// <summary>Characters from the ranges where normalisation does something, plus anything at all.</summary>
    private static Gen<string> Texts()
    {
        var interesting = Gen.OneOf(
            Gen.Choose(0x20, 0x7E),
            Gen.Choose(0xA0, 0x24F),
            Gen.Choose(0x300, 0x36F),
            Gen.Choose(0x370, 0x4FF),
            Gen.Choose(0x1100, 0x11FF),
            Gen.Choose(0x2000, 0x206F),
            Gen.Choose(0x2460, 0x24FF),
            Gen.Choose(0x3000, 0x30FF),
            Gen.Choose(0xD7F0, 0xDFFF),
            Gen.Choose(0xFB00, 0xFFFF),
            Gen.Choose(0, 0xFFFF));
        var supplementary = Gen.OneOf(Gen.Choose(0x1D400, 0x1D7FF), Gen.Choose(0x1F300, 0x1F6FF), Gen.Choose(0xE0000, 0xE01EF))
            .Select(char.ConvertFromUtf32);
        var piece = Gen.Frequency(
            (8, interesting.Select(cp => ((char)cp).ToString())),
            (1, supplementary),
            (1, Gen.Elements("h e l l o", "h3ll0", "aGVsbG8gd29ybGQ=", "ooooo", "e\u0301", "\uFF9E", "\u00A8")));
        return piece.ListOf().Select(string.Concat);
    }

    [Property(MaxTest = 300)]
    public Property Normalising_the_canonical_view_again_gives_the_same_canonical_view()
    {
        return Prop.ForAll(Texts().ToArbitrary(), input =>
        {
            var canonical = _normaliser.Normalise(input).Canonical;
            return _normaliser.Normalise(canonical).Canonical == canonical;
        });
    }

    [Property(MaxTest = 300)]
    public Property Any_string_normalises_without_throwing_and_every_view_maps_inside_the_original()
    {
        return Prop.ForAll(ArbMap.Default.ArbFor<string>(), Texts().ToArbitrary(), (arbitrary, generated) =>
        {
            foreach (var input in new[] { arbitrary ?? string.Empty, generated })
            {
                var text = _normaliser.Normalise(input);
                foreach (var view in new[] { TextView.Canonical, TextView.Folded })
                {
                    var length = text.Get(view).Length;
                    var whole = text.MapToOriginal(view, 0, length);
                    if (whole.Start < 0 || whole.End > input.Length)
                    {
                        return false;
                    }
                }
            }

            return true;
        });
    }

    [Fact]
    public void A_one_megabyte_input_of_mixed_text_normalises()
    {
        var input = string.Concat(Enumerable.Repeat("H3ll0 p\u0430yp\u0430l \uFB01 \u200B\U0001F600 \uD800 a b c \u4F60\u597D ", 40_000))[..1_000_000];

        var text = _normaliser.Normalise(input);

        Assert.False(text.WasTruncated);
        Assert.Equal(input.Length, text.Original.Length);
        Assert.Contains("hello paypal fi", text.Folded, StringComparison.Ordinal);
        Assert.Equal(text.Canonical, _normaliser.Normalise(text.Canonical).Canonical);
    }

    [Fact]
    public void A_one_megabyte_input_of_random_code_units_including_lone_surrogates_normalises()
    {
        var random = new Random(20261127);
        var input = string.Create(1_000_000, random, (chars, r) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)r.Next(0, 0x10000);
            }
        });

        var text = _normaliser.Normalise(input);

        Assert.Equal(input.Length, text.Original.Length);
        var strictUtf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        Assert.True(strictUtf8.GetByteCount(text.Canonical) > 0, "the canonical view is well-formed UTF-16");

        // NFKC expansions make the canonical view longer than the input, so the second pass needs a higher cap.
        var uncapped = new TextNormaliser(new TextNormaliserOptions { MaxInputChars = 4 * input.Length });
        Assert.Equal(text.Canonical, uncapped.Normalise(text.Canonical).Canonical);
    }

    [Fact]
    public void Options_out_of_range_are_rejected_at_construction()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextNormaliser(new TextNormaliserOptions { MaxInputChars = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextNormaliser(new TextNormaliserOptions { MinEncodedBlobChars = 2 }));
    }
}
