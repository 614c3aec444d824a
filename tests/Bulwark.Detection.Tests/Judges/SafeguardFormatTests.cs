using Bulwark.Detection.Judges;

namespace Bulwark.Detection.Tests.Judges;

public sealed class SafeguardFormatTests
{
    [Theory]
    [InlineData("1", true, "judge.safeguard.1")]
    [InlineData("0", false, "judge.safeguard.0")]
    [InlineData("The content asks for a summary of an article.\nNo rule applies.\n\n0\n", false, "judge.safeguard.0")]
    public void The_label_on_the_last_line_decides(string answer, bool violates, string ruleId)
    {
        var parsed = SafeguardFormat.Parse(answer, SafeguardLabels.Binary);

        Assert.Equal((violates, ruleId), (parsed.Violates, parsed.RuleId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2")]
    [InlineData("0.")]
    [InlineData("Label: 1")]
    [InlineData("1\n0")]
    [InlineData("0\nreasoning follows")]
    public void A_missing_unknown_or_contradicted_label_is_a_malformed_answer(string answer)
    {
        var error = Assert.Throws<JudgeUnavailableException>(() => SafeguardFormat.Parse(answer, SafeguardLabels.Binary));

        Assert.Equal(JudgeFailureKind.MalformedAnswer, error.Kind);
    }

    [Fact]
    public void Word_labels_are_matched_without_regard_to_case_and_echoed_as_configured()
    {
        var parsed = SafeguardFormat.Parse("safe", SafeguardLabels.Words);

        Assert.Equal((false, "judge.safeguard.SAFE", "safe"), (parsed.Violates, parsed.RuleId, parsed.RawAnswer));
    }

    [Fact]
    public void Labels_that_cannot_be_told_apart_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new LlmJudgeOptions { Format = JudgeFormat.GptOssSafeguard, Labels = new SafeguardLabels("yes", "YES") }.Validate());
        Assert.Throws<ArgumentException>(() => new LlmJudgeOptions { Labels = new SafeguardLabels(" 1", "0") }.Validate());
    }
}
