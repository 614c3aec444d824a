using Bulwark.Detection.Policy;

namespace Bulwark.Detection.Tests.Policy;

public sealed class MessageSetTests
{
    private static readonly ScreeningPolicy Policy = TestPolicies.Load(TestPolicies.Minimal);

    private static MessageSet Refusals => Policy.MessageSets["refusals"];

    [Theory]
    [InlineData("es-MX", "es")]
    [InlineData("es", "es")]
    [InlineData("ES-mx", "es")]
    [InlineData("es_419", "es-419")]
    [InlineData("es-419", "es-419")]
    [InlineData("zh-Hant-TW", "zh-Hant")]
    [InlineData("zh-Hans-CN", "default")]
    [InlineData("fr-CA", "default")]
    [InlineData("", "default")]
    [InlineData(null, "default")]
    public void A_locale_falls_back_subtag_by_subtag_then_to_default(string? requested, string resolved)
    {
        Assert.Equal(resolved, Refusals.ResolveLocale(requested));
    }

    [Fact]
    public void Rotation_cycles_through_the_themes_of_the_resolved_locale()
    {
        var themes = Enumerable.Range(0, 5).Select(rotation => Refusals.Resolve("es-MX", rotation).Theme);

        Assert.Equal(["first", "second", "first", "second", "first"], themes);
        Assert.Equal("Es second.", Refusals.Resolve("es-MX", 1).Text);
        Assert.Equal("second", Refusals.Resolve("en", -1).Theme);
    }

    [Fact]
    public void Help_resources_follow_the_region_of_the_locale_or_an_explicit_region()
    {
        Assert.Equal(["line_us"], Refusals.Resolve("en-US").HelpResources.Select(resource => resource.Id));
        Assert.Equal(["line_gb"], Refusals.Resolve("en-GB").HelpResources.Select(resource => resource.Id));
        Assert.Equal(["line_gb"], Refusals.Resolve("es", region: "IE").HelpResources.Select(resource => resource.Id));
    }

    [Fact]
    public void Without_a_regional_resource_the_global_ones_are_shown()
    {
        Assert.Equal(["line_anywhere"], Refusals.Resolve("de-DE").HelpResources.Select(resource => resource.Id));
        Assert.Equal(["line_anywhere"], Refusals.Resolve("de").HelpResources.Select(resource => resource.Id));
    }

    [Fact]
    public void A_policy_resolves_the_message_of_a_category()
    {
        var message = Policy.PreventionMessage(CategoryIds.Grooming, "es-MX", rotation: 0);

        Assert.NotNull(message);
        Assert.Equal(("refusals", "es", "first", "Es first."), (message.MessageSet, message.Locale, message.Theme, message.Text));
        Assert.Equal(["line_anywhere"], message.HelpResources.Select(resource => resource.Id));
        Assert.Null(Policy.PreventionMessage(CategoryIds.HasMinor, "en"));
    }

    [Fact]
    public async Task The_shipped_policy_shows_the_uk_helpline_in_the_uk_and_the_us_helpline_in_the_us()
    {
        var policy = await new PolicyLoader().LoadFileAsync(TestPolicies.ShippedPath);

        Assert.Equal("0808 1000 900", Assert.Single(policy.PreventionMessage(CategoryIds.CsamSolicitation, "en-GB")!.HelpResources).Phone);
        Assert.Equal("1-888-773-8368", Assert.Single(policy.PreventionMessage(CategoryIds.CsamSolicitation, "es-US")!.HelpResources).Phone);
        Assert.Equal("es", policy.PreventionMessage(CategoryIds.Grooming, "es-MX")!.Locale);
    }
}
