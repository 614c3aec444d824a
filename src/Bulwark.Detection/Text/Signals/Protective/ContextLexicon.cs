using Bulwark.Detection.Text.Signals.Phrases;

namespace Bulwark.Detection.Text.Signals.Protective;

/// <summary>The <see cref="ContextRules"/> compiled once per process, with the first-person words and statement breakers as word classes.</summary>
internal static class ContextLexicon
{
    /// <summary>Word class of <see cref="ContextRules.FirstPersonWords"/>.</summary>
    public const int FirstPerson = 0;

    /// <summary>Word class of <see cref="ContextRules.IntroBreakers"/>.</summary>
    public const int Breaker = 1;

    private static readonly Lazy<PhraseLexicon<ContextRuleSpec>> Instance =
        new(() => new PhraseLexicon<ContextRuleSpec>(ContextRules.All, ContextRules.FirstPersonWords, ContextRules.IntroBreakers));

    public static PhraseLexicon<ContextRuleSpec> Shared => Instance.Value;
}
