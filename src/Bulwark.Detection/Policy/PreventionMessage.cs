namespace Bulwark.Detection.Policy;

/// <summary>A prevention or support message chosen for one verdict: the text in the best available locale and the help resources for the user's region.</summary>
/// <param name="MessageSet">The message set it came from.</param>
/// <param name="Locale">The locale actually used (<c>default</c> when nothing closer was defined).</param>
/// <param name="Theme">The theme chosen by rotation.</param>
/// <param name="Text">The message text.</param>
/// <param name="HelpResources">The help resources to show with it.</param>
public sealed record PreventionMessage(string MessageSet, string Locale, string Theme, string Text, IReadOnlyList<HelpResource> HelpResources);
