namespace Bulwark.Detection.Text.Signals.Phrases;

/// <summary>
/// A phrase rule as written in a rule table, before its words are normalised. <see cref="Pattern"/> is phrases
/// separated by '|'; a phrase is words separated by spaces, a trailing '*' making a word a stem ("учител*"). Words that
/// fold to several tokens (CJK, "I'm") become several steps. Veto lists are phrases in the same form.
/// </summary>
internal interface IPhraseSpec
{
    /// <summary>The rule's stable id, e.g. <c>context.en.parent</c>.</summary>
    string Id { get; }

    /// <summary>The ISO 639-1 code of the rule's language.</summary>
    string Language { get; }

    /// <summary>The phrases that fire the rule.</summary>
    string Pattern { get; }

    /// <summary>Phrases just before the match that give it another sense ("my teacher", "kid gloves" reversed).</summary>
    string? PrevVeto { get; }

    /// <summary>Phrases just after the match that give it another sense ("parent company", "nurse shark").</summary>
    string? NextVeto { get; }
}
