using Bulwark.Detection.Policy;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bulwark.Detection.Tests.Policy;

public sealed class PolicyLoaderRobustnessTests
{
    private static readonly string[] Lines = TestPolicies.Minimal.Split('\n');

    /// <summary>Loads <paramref name="yaml"/>; true when it loaded or failed with a validation error, false for any other exception.</summary>
    private static bool LoadsOrReportsErrors(string yaml)
    {
        try
        {
            TestPolicies.Load(yaml);
            return true;
        }
        catch (PolicyValidationException exception)
        {
            return exception.Errors.Count > 0;
        }
    }

    [Theory]
    [InlineData(": [\na")]
    [InlineData("V\u000fI D\u0013?\t: [\u001dF\u0003I%\u001aV\nx\u001a")]
    public void A_malformed_flow_sequence_the_yaml_parser_chokes_on_is_a_validation_error(string yaml)
    {
        var error = Assert.Throws<PolicyValidationException>(() => TestPolicies.Load(yaml));

        Assert.Contains(error.Errors, problem => problem.Message.StartsWith("YAML syntax error", StringComparison.Ordinal));
    }

    [Property(MaxTest = 300)]
    public Property Any_text_loads_or_fails_with_validation_errors()
    {
        return Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => LoadsOrReportsErrors(text ?? ""));
    }

    [Property(MaxTest = 200)]
    public Property A_policy_with_a_line_removed_duplicated_or_moved_loads_or_fails_with_validation_errors()
    {
        var edits = Gen.Choose(0, Lines.Length - 1).Two().SelectMany(pair => Gen.Choose(0, 2).Select(kind => (pair.Item1, pair.Item2, kind)));
        return Prop.ForAll(edits.ToArbitrary(), edit =>
        {
            var lines = Lines.ToList();
            var (at, to, kind) = edit;
            var line = lines[at];
            switch (kind)
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(to, line);
                    break;
                default:
                    lines.RemoveAt(at);
                    lines.Insert(Math.Min(to, lines.Count), line);
                    break;
            }

            return LoadsOrReportsErrors(string.Join('\n', lines));
        });
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var yaml = new string('[', 1_000) + new string(']', 1_000);

        var exception = Assert.Throws<PolicyValidationException>(() => TestPolicies.Load(yaml));

        Assert.Contains(exception.Errors, error => error.Message.Contains("nests deeper", StringComparison.Ordinal));
    }

    [Fact]
    public void Hostile_flow_nesting_is_refused_quickly_without_reaching_the_yaml_parser()
    {
        // Without the pre-scan YamlDotNet's scanner takes minutes on this input; with it the loader answers at once.
        var yaml = "id: x\nversion: 1\nbad: " + new string('[', 500_000) + new string(']', 500_000) + "\n";

        var exception = Assert.Throws<PolicyValidationException>(() => new PolicyLoader(new PolicyLoaderOptions { MaxBytes = 2_000_000 }).Load(yaml));

        Assert.Contains(exception.Errors, error => error.Message.Contains("nests deeper", StringComparison.Ordinal) && error.Line == 3);
    }

    [Fact]
    public void Brackets_inside_quoted_strings_and_comments_do_not_count_as_nesting()
    {
        var deep = new string('[', 100);
        var yaml = $"# {deep}\nnote: \"{deep}\"\nother: '{deep}'\nplain: isn't {{a: [1]}}\n";

        var exception = Assert.Throws<PolicyValidationException>(() => new PolicyLoader().Load(yaml));

        Assert.DoesNotContain(exception.Errors, error => error.Message.Contains("nests deeper", StringComparison.Ordinal));
    }
}
