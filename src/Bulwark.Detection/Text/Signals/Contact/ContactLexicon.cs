using Bulwark.Detection.Text.Signals.Phrases;

namespace Bulwark.Detection.Text.Signals.Contact;

/// <summary>The <see cref="ContactRules"/> compiled once per process, with the currency and app words as word classes.</summary>
internal static class ContactLexicon
{
    /// <summary>Word class of <see cref="ContactRules.CurrencyWords"/>.</summary>
    public const int Currency = 0;

    /// <summary>Word class of <see cref="ContactRules.AppWords"/>.</summary>
    public const int Apps = 1;

    /// <summary>Word class of <see cref="ContactRules.PrivateAppWords"/>.</summary>
    public const int PrivateApps = 2;

    private static readonly Lazy<PhraseLexicon<ContactRuleSpec>> Instance =
        new(() => new PhraseLexicon<ContactRuleSpec>(ContactRules.All, ContactRules.CurrencyWords, ContactRules.AppWords, ContactRules.PrivateAppWords));

    public static PhraseLexicon<ContactRuleSpec> Shared => Instance.Value;
}
