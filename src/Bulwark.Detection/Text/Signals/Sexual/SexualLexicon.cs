using Bulwark.Detection.Text.Signals.Phrases;

namespace Bulwark.Detection.Text.Signals.Sexual;

/// <summary>The <see cref="SexualRules"/> compiled once per process.</summary>
internal static class SexualLexicon
{
    private static readonly Lazy<PhraseLexicon<SexualRuleSpec>> Instance = new(() => new PhraseLexicon<SexualRuleSpec>(SexualRules.All));

    public static PhraseLexicon<SexualRuleSpec> Shared => Instance.Value;
}
