using Bulwark.Detection.Policy;
using Bulwark.Detection.Tests.Support;

namespace Bulwark.Detection.Tests.Policy;

/// <summary>Policies for tests: the shipped file, and a small valid policy whose grooming category is written out so tests can break one line of it.</summary>
internal static class TestPolicies
{
    public static string ShippedPath => RepositoryData.Path("..", "..", "policy", "child-safety.yaml");

    /// <summary>
    /// A valid policy. Grooming is spelt out line by line; every other category is one flow-style line. Neutral
    /// wording throughout.
    /// </summary>
    public static string Minimal { get; } = Build();

    public static ScreeningPolicy Load(string yaml) => new PolicyLoader().Load(yaml, "test-policy");

    /// <summary>The 1-based line of the only occurrence of <paramref name="marker"/>.</summary>
    public static int LineOf(string yaml, string marker)
    {
        var index = yaml.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{marker}' is not in the policy");
        Assert.Equal(index, yaml.LastIndexOf(marker, StringComparison.Ordinal));
        return yaml.AsSpan(0, index).Count('\n') + 1;
    }

    /// <summary><paramref name="yaml"/> with the only occurrence of <paramref name="from"/> replaced.</summary>
    public static string Replace(string yaml, string from, string to)
    {
        LineOf(yaml, from);
        return yaml.Replace(from, to, StringComparison.Ordinal);
    }

    private static string Build()
    {
        const string actions = "{ prompt: { block: block, review: hold_for_review }, output: { block: block, review: hold_for_review }, upload: { block: report, review: hold_for_review }, dataset: { block: report, review: hold_for_review }, report: { block: report, review: hold_for_review } }";
        const string informationalActions = "{ prompt: { block: support, review: allow }, output: { block: allow, review: allow }, upload: { block: allow, review: allow }, dataset: { block: allow, review: allow }, report: { block: allow, review: allow } }";
        var lines = new List<string>
        {
            "schema: 1",
            "id: test-policy",
            "version: \"1.0.0\"",
            "categories:",
            "  grooming:",
            "    kind: violation",
            "    description: Stand-in description.",
            "    thresholds: { block: 0.85, review: 0.5, uncertain: { from: 0.4, to: 0.85 } }",
            "    actions:",
            "      prompt: { block: block, review: hold_for_review }",
            "      output: { block: block, review: hold_for_review }",
            "      upload: { block: block, review: hold_for_review }",
            "      dataset: { block: block, review: hold_for_review }",
            "      report: { block: hold_for_review, review: hold_for_review }",
            "    message: refusals",
            "    ladder: standard",
        };
        foreach (var id in CategoryIds.All.Where(id => id != CategoryIds.Grooming))
        {
            var informational = id is CategoryIds.HasMinor or CategoryIds.SupportContext;
            lines.Add(informational
                ? $"  {id}: {{ kind: informational, description: Stand-in {id}., thresholds: {{ block: 0.7, review: 0.4 }}, actions: {informationalActions}, fail_open: true }}"
                : $"  {id}: {{ kind: violation, description: Stand-in {id}., thresholds: {{ block: 0.8, review: 0.5 }}, actions: {actions}, message: refusals }}");
        }

        lines.AddRange(
        [
            "help_resources:",
            "  - id: line_us",
            "    name: Stand-in helpline US",
            "    regions: [US]",
            "    phone: \"1-000-000-0000\"",
            "  - id: line_gb",
            "    name: Stand-in helpline GB",
            "    regions: [GB, IE]",
            "    url: https://example.org/gb",
            "  - id: line_anywhere",
            "    name: Stand-in helpline anywhere",
            "    regions: [\"*\"]",
            "    url: https://example.org/",
            "messages:",
            "  refusals:",
            "    help: [line_us, line_gb, line_anywhere]",
            "    locales:",
            "      default:",
            "        - { theme: first, text: Default first. }",
            "        - { theme: second, text: Default second. }",
            "      es:",
            "        - { theme: first, text: Es first. }",
            "        - { theme: second, text: Es second. }",
            "      es-419:",
            "        - { theme: first, text: Es-419 first. }",
            "      zh-Hant:",
            "        - { theme: first, text: Zh-Hant first. }",
            "enforcement:",
            "  immediate_ban: [csam_solicitation]",
            "  ladders:",
            "    standard:",
            "      - step: warning",
            "      - step: suspension",
            "        duration: 7d",
            "      - step: ban",
        ]);
        return string.Join('\n', lines) + "\n";
    }
}
