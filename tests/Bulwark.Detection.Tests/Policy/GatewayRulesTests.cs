using Bulwark.Detection.Policy;

namespace Bulwark.Detection.Tests.Policy;

public sealed class GatewayRulesTests
{
    [Fact]
    public void A_policy_without_a_gateway_section_answers_refusals_and_refuses_what_it_cannot_screen()
    {
        var policy = TestPolicies.Load(TestPolicies.Minimal);

        Assert.Equal(GatewayRules.Default, policy.Gateway);
        Assert.Equal(new GatewayRules(RefusalStyle.Answer, UnscreenedContentRule.Refuse, UnscreenedContentRule.Refuse), policy.Gateway);
    }

    [Fact]
    public async Task The_shipped_policy_states_the_defaults_explicitly()
    {
        var policy = await new PolicyLoader().LoadFileAsync(TestPolicies.ShippedPath);

        Assert.Equal(GatewayRules.Default, policy.Gateway);
    }

    [Fact]
    public void Each_rule_can_be_chosen()
    {
        var policy = TestPolicies.Load(TestPolicies.Minimal + "\ngateway:\n  refusal: error\n  remote_images: pass\n  unscreenable_parts: pass\n");

        Assert.Equal(new GatewayRules(RefusalStyle.Error, UnscreenedContentRule.Pass, UnscreenedContentRule.Pass), policy.Gateway);
    }

    [Theory]
    [InlineData("gateway:\n  refusal: shout\n", "gateway.refusal", "Expected one of answer, error; got 'shout'")]
    [InlineData("gateway:\n  remote_images: fetch\n", "gateway.remote_images", "Expected one of refuse, pass; got 'fetch'")]
    [InlineData("gateway:\n  fetch_images: true\n", "gateway.fetch_images", "Unknown field 'fetch_images'")]
    public void A_wrong_rule_names_its_path_and_the_choices(string section, string path, string message)
    {
        var exception = Assert.Throws<PolicyValidationException>(() => TestPolicies.Load(TestPolicies.Minimal + "\n" + section));

        Assert.Contains(exception.Errors, error => error.Path == path && error.Message.StartsWith(message, StringComparison.Ordinal));
    }
}
