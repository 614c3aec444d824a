using System.Security.Cryptography;
using System.Text;
using Bulwark.Detection.Policy;

namespace Bulwark.Detection.Tests.Policy;

public sealed class PolicyLoaderTests
{
    private static readonly string[] TranslatedLanguages = ["es", "fr", "de", "pt", "it", "ru", "zh", "ja"];

    [Fact]
    public async Task The_shipped_policy_loads_and_defines_every_category()
    {
        var policy = await new PolicyLoader().LoadFileAsync(TestPolicies.ShippedPath);

        Assert.Equal("child-safety", policy.Id);
        Assert.Equal(CategoryIds.All.Order(), policy.Categories.Keys.Order());
        Assert.All(
            policy.Categories.Values.Where(category => category.Kind == CategoryKind.Violation),
            category => Assert.False(category.FailOpen));
    }

    [Fact]
    public async Task The_built_in_default_is_the_shipped_file()
    {
        var file = await new PolicyLoader().LoadFileAsync(TestPolicies.ShippedPath);

        var builtIn = new PolicyLoader().LoadDefault();

        Assert.Equal(file.ContentHash, builtIn.ContentHash);
        Assert.Equal(file.Version, builtIn.Version);
    }

    [Fact]
    public async Task The_shipped_messages_cover_the_nine_languages()
    {
        var policy = await new PolicyLoader().LoadFileAsync(TestPolicies.ShippedPath);

        Assert.All(policy.MessageSets.Values, set =>
        {
            foreach (var language in TranslatedLanguages)
            {
                Assert.Equal(language, set.ResolveLocale(language));
            }

            Assert.Equal(MessageSet.DefaultLocale, set.ResolveLocale("en-US"));
        });
    }

    [Fact]
    public void A_minimal_policy_exposes_its_model()
    {
        var policy = TestPolicies.Load(TestPolicies.Minimal);
        var grooming = policy.Category(CategoryIds.Grooming);

        Assert.Equal(("test-policy", "1.0.0"), (policy.Id, policy.Version));
        Assert.Equal(new CategoryThresholds(0.85, 0.5, new ScoreRange(0.4, 0.85)), grooming.Thresholds);
        Assert.Equal(new SurfaceActions(PolicyAction.HoldForReview, PolicyAction.HoldForReview), grooming.Actions[Surface.Report]);
        Assert.Equal(PolicyAction.HoldForReview, grooming.OnFailure);
        Assert.False(grooming.FailOpen);
        Assert.True(policy.Category(CategoryIds.HasMinor).FailOpen);
        Assert.True(policy.Category(CategoryIds.CsamSolicitation).ImmediateBan);
        Assert.False(grooming.ImmediateBan);
        Assert.Equal(
            [new(EnforcementStepKind.Warning, null), new(EnforcementStepKind.Suspension, TimeSpan.FromDays(7)), new(EnforcementStepKind.Ban, null)],
            policy.Ladders["standard"].Steps);
    }

    [Fact]
    public void Content_hash_is_the_sha256_of_the_file_and_stable_across_loads()
    {
        var bytes = File.ReadAllBytes(TestPolicies.ShippedPath);
        var loader = new PolicyLoader();

        var first = loader.Load(bytes);
        var second = loader.Load(bytes);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), first.ContentHash);
        Assert.Equal(first.ContentHash, second.ContentHash);
    }

    [Fact]
    public void Content_hash_ignores_a_byte_order_mark_and_crlf_line_endings()
    {
        var yaml = TestPolicies.Minimal;
        var windows = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(yaml.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray();

        Assert.Equal(TestPolicies.Load(yaml).ContentHash, new PolicyLoader().Load(windows).ContentHash);
    }

    [Fact]
    public void Content_hash_changes_when_the_file_changes()
    {
        var original = TestPolicies.Load(TestPolicies.Minimal);
        var edited = TestPolicies.Load(TestPolicies.Replace(TestPolicies.Minimal, "text: Default first.", "text: Default first!"));

        Assert.NotEqual(original.ContentHash, edited.ContentHash);
    }

    [Theory]
    [InlineData("    kind: violation\n", "    kind: violation\n    colour: blue\n", "categories.grooming.colour", "colour: blue", "Unknown field 'colour'")]
    [InlineData("    description: Stand-in description.\n", "", "categories.grooming.description", "  grooming:", "Missing required field 'description'")]
    [InlineData("block: 0.85, review: 0.5,", "block: 1.5, review: 0.5,", "categories.grooming.thresholds.block", "block: 1.5", "between 0 and 1")]
    [InlineData("block: 0.85, review: 0.5,", "block: 0.85, review: -0.1,", "categories.grooming.thresholds.review", "review: -0.1", "between 0 and 1")]
    [InlineData("block: 0.85, review: 0.5,", "block: 0.6, review: 0.7,", "categories.grooming.thresholds.review", "review: 0.7", "above the block threshold")]
    [InlineData("uncertain: { from: 0.4, to: 0.85 }", "uncertain: { from: 0.9, to: 0.85 }", "categories.grooming.thresholds.uncertain.from", "from: 0.9", "after it ends")]
    [InlineData("immediate_ban: [csam_solicitation]", "immediate_ban: [csam_solicitation, not_a_category]", "enforcement.immediate_ban[1]", "not_a_category", "Unknown category 'not_a_category'")]
    [InlineData("      prompt: { block: block, review: hold_for_review }\n      output: { block: block, review: hold_for_review }\n      upload: { block: block,", "      prompt: { block: block, review: hold_for_review }\n      output: { block: block, review: hold_for_review }\n      uplaod: { block: block,", "categories.grooming.actions.uplaod", "uplaod:", "Unknown field 'uplaod'")]
    [InlineData("      dataset: { block: block, review: hold_for_review }", "      dataset: { block: blocc, review: hold_for_review }", "categories.grooming.actions.dataset.block", "blocc", "Unknown value 'blocc'")]
    [InlineData("      dataset: { block: block, review: hold_for_review }", "      dataset: { block: block, review: support }", "categories.grooming.actions.dataset.review", "review: support", "only for informational")]
    [InlineData("    message: refusals\n    ladder: standard", "    message: nothing_here\n    ladder: standard", "categories.grooming.message", "nothing_here", "Unknown message set 'nothing_here'")]
    [InlineData("      default:\n", "      en:\n", "messages.refusals.locales", "    locales:", "no 'default' locale")]
    [InlineData("      es-419:\n", "      es_419:\n", "messages.refusals.locales.es_419", "es_419", "not a BCP 47 language tag")]
    [InlineData("  - id: line_gb\n", "  - id: line_us\n", "help_resources[1].id", "  - id: line_us\n    name: Stand-in helpline GB", "Duplicate help resource id 'line_us'")]
    [InlineData("      zh-Hant:\n", "      ES:\n", "messages.refusals.locales.ES", "ES:", "Duplicate key 'ES'")]
    [InlineData("        duration: 7d\n", "", "enforcement.ladders.standard[1]", "step: suspension", "a suspension needs one")]
    [InlineData("      - step: warning\n", "      - step: ban\n", "enforcement.ladders.standard[0].step", "step: ban\n      - step: suspension", "must be the ladder's last step")]
    public void Each_validation_error_names_the_yaml_path_and_line(string from, string to, string path, string lineMarker, string message)
    {
        var yaml = TestPolicies.Replace(TestPolicies.Minimal, from, to);

        var exception = Assert.Throws<PolicyValidationException>(() => TestPolicies.Load(yaml));

        var error = Assert.Single(exception.Errors, error => error.Path == path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(TestPolicies.LineOf(yaml, lineMarker), error.Line);
        Assert.Contains($"{path} (line {error.Line}, column {error.Column})", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_category_is_reported_with_the_line_of_the_first()
    {
        var yaml = TestPolicies.Replace(TestPolicies.Minimal, "  sextortion: {", "  grooming: {");

        var exception = Assert.Throws<PolicyValidationException>(() => TestPolicies.Load(yaml));

        Assert.Contains(exception.Errors, error => error.Path == "categories.grooming" && error.Message.Contains("Duplicate key 'grooming' (first defined at line 5)", StringComparison.Ordinal));
        Assert.Contains(exception.Errors, error => error.Path == "categories" && error.Message.Contains("'sextortion' is not defined", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_category_is_rejected_by_name()
    {
        var yaml = TestPolicies.Replace(TestPolicies.Minimal, "  sextortion: {", "  sextortoin: {");

        var exception = Assert.Throws<PolicyValidationException>(() => TestPolicies.Load(yaml));

        Assert.Contains(exception.Errors, error => error.Path == "categories.sextortoin" && error.Message.StartsWith("Unknown category 'sextortoin'", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_error_is_collected_not_just_the_first()
    {
        var yaml = TestPolicies.Replace(TestPolicies.Minimal, "block: 0.85, review: 0.5,", "block: 2, review: 0.5,");
        yaml = TestPolicies.Replace(yaml, "version: \"1.0.0\"\n", "version: \"1.0.0\"\nowner: nobody\n");
        yaml = TestPolicies.Replace(yaml, "    regions: [US]\n", "");

        var exception = Assert.Throws<PolicyValidationException>(() => TestPolicies.Load(yaml));

        Assert.Equal(["owner", "categories.grooming.thresholds.block", "help_resources[0].regions"], exception.Errors.Select(error => error.Path));
    }

    [Fact]
    public void Failing_closed_must_hold_or_block()
    {
        var yaml = TestPolicies.Replace(TestPolicies.Minimal, "    message: refusals\n    ladder: standard", "    message: refusals\n    ladder: standard\n    on_failure: allow");

        var exception = Assert.Throws<PolicyValidationException>(() => TestPolicies.Load(yaml));

        Assert.Equal("categories.grooming.on_failure", Assert.Single(exception.Errors).Path);
    }

    [Fact]
    public void An_informational_category_cannot_block()
    {
        var yaml = TestPolicies.Replace(TestPolicies.Minimal, "  has_minor: { kind: informational, description: Stand-in has_minor., thresholds: { block: 0.7, review: 0.4 }, actions: { prompt: { block: support", "  has_minor: { kind: informational, description: Stand-in has_minor., thresholds: { block: 0.7, review: 0.4 }, actions: { prompt: { block: block");

        var exception = Assert.Throws<PolicyValidationException>(() => TestPolicies.Load(yaml));

        Assert.Equal("categories.has_minor.actions.prompt.block", Assert.Single(exception.Errors).Path);
    }

    [Theory]
    [InlineData("schema: 1\nschema: 1\n", "schema")]
    [InlineData("[1, 2]\n", "")]
    [InlineData("", "")]
    [InlineData("id: a\n  bad: indentation\n", "")]
    [InlineData("id: &x a\nversion: *x\n", "")]
    public void Malformed_documents_are_reported_not_thrown_raw(string yaml, string path)
    {
        var exception = Assert.Throws<PolicyValidationException>(() => TestPolicies.Load(yaml));

        Assert.Contains(exception.Errors, error => error.Path == path);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_parsing()
    {
        var loader = new PolicyLoader(new PolicyLoaderOptions { MaxBytes = 100 });

        var exception = Assert.Throws<PolicyValidationException>(() => loader.Load(TestPolicies.Minimal));

        Assert.Contains("over the limit of 100", Assert.Single(exception.Errors).Message, StringComparison.Ordinal);
    }
}
