using Bulwark.Detection.Text.Signals.Phrases;

namespace Bulwark.Detection.Text.Signals.Intents;

/// <summary>The <see cref="IntentRules"/> compiled once per process, with lead-in words and measure words as word classes.</summary>
internal static class IntentLexicon
{
    /// <summary>Word class of <see cref="IntentRules.LeadInWords"/>.</summary>
    public const int LeadIn = 0;

    /// <summary>Word class of <see cref="IntentRules.MeasureWords"/>.</summary>
    public const int Measure = 1;

    private static readonly Lazy<PhraseLexicon<IntentRuleSpec>> Instance =
        new(() => new PhraseLexicon<IntentRuleSpec>(IntentRules.All, IntentRules.LeadInWords, IntentRules.MeasureWords));

    public static PhraseLexicon<IntentRuleSpec> Shared => Instance.Value;
}
