using Bulwark.Detection.Text.Signals.Phrases;

namespace Bulwark.Detection.Text.Signals.Contact;

/// <summary>The <see cref="ContactRules"/> compiled once per process, with the currency words as a word class.</summary>
internal static class ContactLexicon
{
    /// <summary>Word class of <see cref="ContactRules.CurrencyWords"/>.</summary>
    public const int Currency = 0;

    private static readonly Lazy<PhraseLexicon<ContactRuleSpec>> Instance =
        new(() => new PhraseLexicon<ContactRuleSpec>(ContactRules.All, ContactRules.CurrencyWords));

    public static PhraseLexicon<ContactRuleSpec> Shared => Instance.Value;
}
